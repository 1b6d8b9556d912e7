/**
 * Reported speech outside quote marks: each sentence that says who it reports ("the ministry said
 * 12 drones were downed", "24 people were hurt, the governor announced", "according to police"),
 * with its source resolved as a quote's speaker is (full names, "he", "the governor", "the ministry").
 */
import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { ParagraphFrame } from '../../document/frame.js';
import type { Token } from '../../document/tokens.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { windowTokens } from '../../document/windows.js';
import { readsAsPersonName } from '../../document/grammar.js';
import { speechVerbForms } from '../../language/speech.js';
import { HOLDER_WORDS, REPORTING_GROUPS, SOURCE_LABELS } from '../../language/quoting.js';
import { SPEAKING_BODY_HEADS } from '../../language/organizations.js';
import { TITLE_WORDS } from '../../language/titles.js';
import { DEMONYMS } from '../../language/places.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { Statement } from '../results.js';
import { readBackward, readForward, type SpeakerPhrase } from './phrases.js';
import { SpeakerResolver } from './speakers.js';
import { collectSources } from './sources.js';

const FIGURE_VERBS: ReadonlySet<string> = new Set(speechVerbForms('states-figures', ['past', 'present', 'participle']));
/** Before a participle, these make it passive ("was reported"): its subject is what is reported. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
const CLOSING_MARKS = new Set([',', '"', '”', '’', "'", '»', '—', '–']);
/** How many tokens an apposition between commas may hold. */
const APPOSITION_MAX_TOKENS = 8;
/** How far (UTF-16 units) into a "Source:" line its first name is read. */
const SOURCE_LINE_REACH = 200;

export const statementsExtractor: Extractor<'statements'> = {
  kind: 'statements',
  needs: ['people', 'organizations', 'quotes', 'regions'],
  extract(doc: Document, ctx: ExtractionContext): Statement[] {
    if (doc.sentences.length === 0) return [];
    const resolver = new SpeakerResolver(doc.text, ctx, (start, end) => readsAsPersonName(doc, start, end));
    collectSources(doc.text, resolver, doc.quotes);
    for (const q of ctx.results.quotes ?? []) if (q.speaker) resolver.addSource(q.speaker, q.start, false, true);
    const out: Statement[] = [];
    const people = new Set((ctx.results.people ?? []).map((p) => p.name));
    const places = (ctx.results.regions ?? []).flatMap((r) => r.mentions);
    const take = (span: Span, cue: number, phrase: SpeakerPhrase, line: boolean) => {
      const r = resolver.resolve(phrase);
      if (!r.name || !(r.isOrganization || people.has(r.name) || namesSource(doc.text, phrase, r.name, places))) return;
      out.push({ start: span.start, end: span.end, cue, source: r.name, isOrganization: r.isOrganization, line });
    };
    const quoted = new QuoteCursor(doc.quotes);
    for (const s of doc.sentences) for (const { phrase, cue } of sourcePhrases(doc, s, quoted)) take(s, cue, phrase, false);
    for (const p of doc.frame.paragraphs) {
      const named = sourceLineName(doc, p);
      if (named) take(p, p.label!.start, named, true);
    }
    return out.sort((a, b) => a.start - b.start || a.cue - b.cue);
  },
};

/** The phrases a sentence names as the source of what it reports, each with where its cue stands. */
function sourcePhrases(doc: Document, s: Span, quoted: QuoteCursor): Array<{ phrase: SpeakerPhrase; cue: number }> {
  const tokens = windowTokens(doc.text, s.start, s.end);
  const out: Array<{ phrase: SpeakerPhrase; cue: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || quoted.covers(t.start)) continue;
    const phrase = sourceAt(tokens, i);
    if (phrase) out.push({ phrase, cue: t.start });
  }
  return out;
}

/** The source phrase a cue at token `i` names: "according to X", "citing X", "X said", "…, said X". */
function sourceAt(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const t = tokens[i]!;
  const list = tokens as Token[];
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') return withGroupNoun(list, readForward(list, i + 2));
  if (t.lower === 'citing') return withGroupNoun(list, readForward(list, i + 1));
  if (t.cap || !FIGURE_VERBS.has(t.lower) || PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return null;
  const apposed = appositionNameBefore(list, i);
  if (apposed) return apposed;
  const before = readBackward(list, i);
  if (before) return before;
  // an inverted tag after the clause it reports: "…, said Governor Jane Roe"
  return CLOSING_MARKS.has(tokens[i - 1]?.text ?? '') ? (readForward(list, i + 1)?.phrase ?? null) : null;
}

/** "…, the governor of the city, Jane Roe, announced": the name set off by commas right before the verb. */
function appositionNameBefore(tokens: Token[], i: number): SpeakerPhrase | null {
  if (tokens[i - 1]?.text !== ',') return null;
  let c = i - 2;
  while (c >= 0 && tokens[c]!.text !== ',' && i - c < APPOSITION_MAX_TOKENS) c--;
  if (c < 0 || tokens[c]!.text !== ',') return null;
  const r = readForward(tokens, c + 1);
  return r && r.phrase.kind === 'name' && r.next === i - 1 ? r.phrase : null;
}

/** "according to Israeli authorities": a name read forward takes the group noun after it. */
function withGroupNoun(tokens: Token[], r: ReturnType<typeof readForward>): SpeakerPhrase | null {
  if (!r) return null;
  const next = tokens[r.next];
  if (r.phrase.kind === 'name' && next && !next.cap && REPORTING_GROUPS.has(next.lower)) {
    return { kind: 'nominal', start: r.phrase.start, end: next.end, nameStart: next.start, nameEnd: next.end };
  }
  return r.phrase;
}

/** The first name after a "Source:" label opening a paragraph ("Source: Jane Roe, Governor of …, on Telegram"). */
function sourceLineName(doc: Document, p: ParagraphFrame): SpeakerPhrase | null {
  if (!p.label) return null;
  const tokens = windowTokens(doc.text, p.label.start, Math.min(p.end, p.label.end + SOURCE_LINE_REACH));
  if (!SOURCE_LABELS.has(tokens[0]?.lower ?? '')) return null;
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon < 0 ? null : (readForward(tokens, colon + 1)?.phrase ?? null);
}

/**
 * Whether an unresolved phrase still names a source: a name that is no place nor a people's
 * adjective ("Crimea", "Israeli"), or a description headed by an office, a body or a group of
 * people ("the spokesman", "local authorities"), never by anything else ("the norms").
 */
function namesSource(text: string, phrase: SpeakerPhrase, name: string, places: readonly Span[]): boolean {
  if (phrase.kind === 'pronoun') return false;
  if (phrase.kind === 'name') {
    const surface = text.slice(phrase.nameStart, phrase.nameEnd);
    return !DEMONYMS.has(surface.toLowerCase()) && !places.some((m) => m.start < phrase.nameEnd && phrase.nameStart < m.end);
  }
  const head = name.toLowerCase().split(/\s+/).pop() ?? '';
  return REPORTING_GROUPS.has(head) || HOLDER_WORDS.has(head) || TITLE_WORDS.has(head) || SPEAKING_BODY_HEADS.has(head);
}

/** Whether positions, asked in increasing order, lie inside a quote: one pass over the quotes for the whole text. */
class QuoteCursor {
  private next = 0;
  constructor(private readonly quotes: readonly QuotedSpan[]) {}

  covers(at: number): boolean {
    while (this.next < this.quotes.length && this.quotes[this.next]!.after <= at) this.next++;
    const q = this.quotes[this.next];
    return q !== undefined && q.open <= at;
  }
}
