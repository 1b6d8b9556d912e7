/**
 * Named sources of reported speech outside the quotes ("Clinton said Tuesday that …"): the
 * antecedents a later "he said" most often refers to. Only names right next to a reporting
 * verb; finding people in general is the people extractor's job.
 */
import { alternation } from '../../language/alternation.js';
import { SOURCE_VERBS } from '../../language/speech.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { readBackward, readForward } from './phrases.js';
import type { SpeakerResolver } from './speakers.js';
import { windowTokens } from '../../document/windows.js';

const REPORTING = new RegExp(`\\b(?:${alternation(SOURCE_VERBS)}|according to)\\b`, 'g');
const REACH = 80;

export function collectSources(text: string, resolver: SpeakerResolver, quotes: readonly QuotedSpan[]): void {
  let qi = 0;
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(text); m; m = REPORTING.exec(text)) {
    const at = m.index;
    while (qi < quotes.length && quotes[qi]!.after <= at) qi++;
    const q = quotes[qi];
    if (q && q.open <= at && at < q.after) continue; // inside a quote: the quoted person's words
    let phrase;
    if (m[0] === 'according to') {
      const tokens = windowTokens(text, at + m[0].length, Math.min(text.length, at + m[0].length + REACH));
      phrase = readForward(tokens, 0)?.phrase;
    } else {
      const tokens = windowTokens(text, Math.max(0, at - REACH), at);
      phrase = readBackward(tokens, tokens.length);
    }
    if (!phrase || phrase.kind !== 'name') continue;
    const r = resolver.resolve(phrase);
    if (r.name) resolver.addSource(r.name, phrase.nameStart, r.isOrganization);
  }
}
