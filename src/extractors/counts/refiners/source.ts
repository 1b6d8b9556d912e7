import type { Document } from '../../../document/document.js';
import { countBelow, countStartingBelow, lastSpanWithin } from '../../../document/span.js';
import type { Refiner } from '../../framework.js';
import type { Quote } from '../../../record/types.js';
import type { Statement } from '../../results.js';
import type { CountCandidate } from '../candidate.js';
import { itemKey } from '../../../language/item-keys.js';

/**
 * Who the article attributes a count to: the speaker of the quote it stands in, else the source of
 * its sentence (the cue nearest it: "the ministry said 8 drones …, the governor said 9"), else the
 * source that an earlier sentence of its paragraph reported. A headline or lead states its figures
 * first and says whose they are after ("Three people were killed. The mayor announced this on
 * Telegram"): their source is the first one the lead or the paragraphs after it name. A labelled
 * paragraph ("Details: …") goes on with the "Source:" line before it. Null in the article's own voice.
 */
export const assignSource: Refiner<CountCandidate> = {
  name: 'assignSource',
  refine(items, doc, ctx) {
    if (items.length === 0) return items;
    const said = new Attributions(ctx.results.quotes ?? [], ctx.results.statements ?? []);
    const opening = openingSource(doc, said);
    const unsourcedOpening: CountCandidate[] = [];
    for (const c of items) {
      const s = doc.sentences[c.sentence];
      c.source = said.quoteAround(c)?.speaker ?? (s ? said.nearestInSentence(s.start, c.start)?.source : null) ?? earlierInParagraph(doc, said, c);
      if (c.source) continue;
      if (inOpening(doc, c)) unsourcedOpening.push(c);
      c.source = (inOpening(doc, c) ? opening : null) ?? sourceLineBefore(doc, said, c) ?? said.coveringBefore(c.start);
    }
    takeSourceOfRestatements(doc, items, unsourcedOpening);
    takeSourceOfParts(items);
    return items;
  },
};

/** The article's quotes with a speaker and its statements, looked up by position in logarithmic time. */
class Attributions {
  readonly quotes: readonly Quote[];
  readonly statements: readonly Statement[];
  readonly lines: readonly Statement[];
  private readonly bySentence = new Map<number, Statement[]>();
  private readonly byCue: readonly Statement[];
  private readonly cues: readonly number[];

  constructor(quotes: readonly Quote[], statements: readonly Statement[]) {
    this.quotes = quotes.filter((q) => q.speaker).sort((a, b) => a.start - b.start);
    this.statements = [...statements].sort((a, b) => a.start - b.start || a.cue - b.cue);
    this.lines = this.statements.filter((st) => st.line);
    for (const st of this.statements) {
      const list = this.bySentence.get(st.start) ?? [];
      list.push(st);
      this.bySentence.set(st.start, list);
    }
    this.byCue = [...this.statements].sort((a, b) => a.cue - b.cue);
    this.cues = this.byCue.map((st) => st.cue);
  }

  /** The quote the count stands in (quotes do not overlap: the last one starting at or before it). */
  quoteAround(c: CountCandidate): Quote | undefined {
    const q = this.quotes[countStartingBelow(this.quotes, c.start + 1) - 1];
    return q && c.end <= q.end ? q : undefined;
  }

  /** The statement of the sentence starting at `sentence` whose cue stands nearest `at`. */
  nearestInSentence(sentence: number, at: number): Statement | undefined {
    let best: Statement | undefined;
    for (const st of this.bySentence.get(sentence) ?? []) if (!best || Math.abs(st.cue - at) < Math.abs(best.cue - at)) best = st;
    return best;
  }

  /** The last quote and the last statement that lie in [from, to). */
  lastWithin(from: number, to: number): { quote?: Quote; statement?: Statement } {
    return { quote: lastSpanWithin(this.quotes, from, to), statement: lastSpanWithin(this.statements, from, to) };
  }

  /** The source of a "X reported this" statement before `at`, when no other source is named between them. */
  coveringBefore(at: number): string | null {
    const last = this.byCue[countBelow(this.cues, at) - 1];
    return last?.coversReport ? last.source : null;
  }

  /** Whether a statement's sentence holds a quote: its tag, or words around someone's own. */
  holdsQuote(st: Statement): boolean {
    const q = this.quotes[countStartingBelow(this.quotes, st.end) - 1];
    return q !== undefined && q.end > st.start;
  }
}

/** The source of the last quote or statement before the count's sentence in its paragraph. */
function earlierInParagraph(doc: Document, said: Attributions, c: CountCandidate): string | null {
  const s = doc.sentences[c.sentence];
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(c.start)];
  if (!s || !p) return null;
  const { quote, statement } = said.lastWithin(p.start, s.start);
  if (quote && (!statement || quote.start > statement.start)) return quote.speaker;
  return statement?.source ?? null;
}

/** How many paragraphs after the lead may name the source of the figures a headline and lead state. */
const OPENING_SOURCE_REACH = 2;
/** How many paragraphs after a "Source:" line its labelled paragraphs go on with it. */
const SOURCE_LINE_REACH = 6;

/** Where the lead and the paragraphs that may say whose its figures are end. */
function openingReachEnd(doc: Document): number {
  const frame = doc.frame;
  if (!frame.lead) return 0;
  const leadIndex = frame.paragraphIndexAt(frame.lead.start);
  return frame.paragraphs[Math.min(frame.paragraphs.length - 1, leadIndex + OPENING_SOURCE_REACH)]!.end;
}

/** Whether the count stands in the headline, standfirst or lead. */
function inOpening(doc: Document, c: CountCandidate): boolean {
  const lead = doc.frame.lead;
  return lead !== null && c.start < lead.end;
}

/**
 * The first source the lead or a couple of paragraphs after it report ("X announced this on
 * Telegram", "the fire brigade said …"): not a quote's speaker, nor the tag of a quote, whose words
 * are their own ("“Find safe places,” he wrote").
 */
function openingSource(doc: Document, said: Attributions): string | null {
  const lead = doc.frame.lead;
  if (!lead) return null;
  const end = openingReachEnd(doc);
  for (const st of said.statements) {
    if (st.start < lead.start) continue;
    if (st.end > end) break;
    if (!said.holdsQuote(st)) return st.source;
  }
  return null;
}

/** The source of the "Source:" line a labelled paragraph ("Details: …") goes on with. */
function sourceLineBefore(doc: Document, said: Attributions, c: CountCandidate): string | null {
  const frame = doc.frame;
  const at = frame.paragraphIndexAt(c.start);
  if (frame.paragraphs[at]?.role !== 'labelled') return null;
  let found: Statement | null = null;
  for (const st of said.lines) {
    const k = frame.paragraphIndexAt(st.start);
    if (k < at && at - k <= SOURCE_LINE_REACH) found = st;
  }
  return found?.source ?? null;
}

/**
 * "13 dead in tornado" in a headline, "13 people were killed, the coroner said" a paragraph or two
 * below: the figure restated is one claim, so a headline's or lead's count takes the source the
 * opening gives the same figure of the same thing where it says whose it is.
 */
function takeSourceOfRestatements(doc: Document, items: readonly CountCandidate[], opening: readonly CountCandidate[]): void {
  if (opening.length === 0) return;
  const reach = openingReachEnd(doc);
  const stated = new Map<string, string>();
  for (const c of items) {
    const key = `${itemKey(c.item)}\u0000${c.value}`;
    if (c.start < reach && c.source && !opening.includes(c) && !stated.has(key)) stated.set(key, c.source);
  }
  for (const c of opening) c.source = stated.get(`${itemKey(c.item)}\u0000${c.value}`) ?? c.source;
}

/**
 * A total with no source of its own ("eight drones across three regions. According to the
 * ministry, five …, two …") is the figure its parts break down: it takes their source when they all
 * have the same one; so does a count of the places they lie in ("three regions").
 */
function takeSourceOfParts(items: CountCandidate[]): void {
  const parts = items.filter((c) => c.role === 'part');
  if (parts.length === 0) return;
  const shared = (cs: readonly CountCandidate[]) => {
    const sources = new Set(cs.map((c) => c.source ?? null));
    return sources.size === 1 ? [...sources][0]! : null;
  };
  const ofAll = shared(parts);
  const partsByKey = new Map<string, CountCandidate[]>();
  for (const p of parts) {
    const key = itemKey(p.item);
    const list = partsByKey.get(key) ?? [];
    list.push(p);
    partsByKey.set(key, list);
  }
  for (const c of items) {
    if (c.source) continue;
    if (c.role === 'extent') c.source = ofAll;
    else if (c.role === 'total') c.source = shared(partsByKey.get(itemKey(c.item)) ?? []);
  }
}
