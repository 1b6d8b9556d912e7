/**
 * Named sources of reported speech outside the quotes ("Clinton said Tuesday that …"): the
 * antecedents a later "he said" most often refers to. Only names right next to a reporting
 * verb; finding people in general is the people extractor's job.
 */
import { alternation } from '../../language/alternation.js';
import { SOURCE_VERBS } from '../../language/speech.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { readBackward, readForward, type SpeakerPhrase } from './phrases.js';
import type { SpeakerResolver } from './speakers.js';
import { windowTokens } from '../../document/windows.js';

const REPORTING = new RegExp(`\\b(?:${alternation(SOURCE_VERBS)}|according to)\\b`, 'g');
const REACH = 80;

/**
 * The reporting verbs of a text and the phrase next to each, each phrase read on first use: the
 * quotes and the statements extractors both read them, each skipping those inside its quotes.
 */
export class ReportingCues {
  /** Where each verb (or "according to") starts, in text order. */
  readonly starts: number[] = [];
  private readonly according: boolean[] = [];
  private readonly phrases: (SpeakerPhrase | null | undefined)[] = [];

  constructor(private readonly text: string) {
    REPORTING.lastIndex = 0;
    for (let m = REPORTING.exec(text); m; m = REPORTING.exec(text)) {
      this.starts.push(m.index);
      this.according.push(m[0] === 'according to');
    }
  }

  /** The phrase the k-th verb reports the words of: the one before it, or the one after "according to". */
  phraseOf(k: number): SpeakerPhrase | null {
    let phrase = this.phrases[k];
    if (phrase === undefined) this.phrases[k] = phrase = this.read(k);
    return phrase;
  }

  private read(k: number): SpeakerPhrase | null {
    const text = this.text;
    const at = this.starts[k]!;
    if (this.according[k]) {
      const after = at + 'according to'.length;
      return readForward(windowTokens(text, after, Math.min(text.length, after + REACH)), 0)?.phrase ?? null;
    }
    const tokens = windowTokens(text, Math.max(0, at - REACH), at);
    return readBackward(tokens, tokens.length);
  }
}

export function collectSources(cues: ReportingCues, resolver: SpeakerResolver, quotes: readonly QuotedSpan[]): void {
  let qi = 0;
  for (let k = 0; k < cues.starts.length; k++) {
    const at = cues.starts[k]!;
    while (qi < quotes.length && quotes[qi]!.after <= at) qi++;
    const q = quotes[qi];
    if (q && q.open <= at && at < q.after) continue; // inside a quote: the quoted person's words
    const phrase = cues.phraseOf(k);
    if (!phrase || phrase.kind !== 'name') continue;
    const r = resolver.resolve(phrase);
    if (r.name) resolver.addSource(r.name, phrase.nameStart, r.isOrganization);
  }
}
