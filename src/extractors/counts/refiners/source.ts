import type { Document } from '../../../document/document.js';
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
    const quotes = (ctx.results.quotes ?? []).filter((q) => q.speaker);
    const statements = ctx.results.statements ?? [];
    const opening = openingSource(doc, quotes, statements);
    for (const c of items) {
      c.source =
        quoteAround(quotes, c)?.speaker ??
        nearestStatement(doc, statements, c)?.source ??
        earlierInParagraph(doc, quotes, statements, c) ??
        (inOpening(doc, c) ? opening : null) ??
        sourceLineBefore(doc, statements, c) ??
        coveringStatement(statements, c);
    }
    takeSourceOfParts(items);
    return items;
  },
};

function quoteAround(quotes: readonly Quote[], c: CountCandidate): Quote | undefined {
  return quotes.find((q) => q.start <= c.start && c.end <= q.end);
}

/** The statement of the count's sentence whose cue stands nearest the count. */
function nearestStatement(doc: Document, statements: readonly Statement[], c: CountCandidate): Statement | undefined {
  const s = doc.sentences[c.sentence];
  if (!s) return undefined;
  let best: Statement | undefined;
  for (const st of statements) {
    if (st.start !== s.start) continue;
    if (!best || Math.abs(st.cue - c.start) < Math.abs(best.cue - c.start)) best = st;
  }
  return best;
}

/** The source of the last quote or statement before the count's sentence in its paragraph. */
function earlierInParagraph(doc: Document, quotes: readonly Quote[], statements: readonly Statement[], c: CountCandidate): string | null {
  const s = doc.sentences[c.sentence];
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(c.start)];
  if (!s || !p) return null;
  let last: { at: number; source: string } | null = null;
  for (const q of quotes) if (q.start >= p.start && q.end <= s.start && (!last || q.start > last.at)) last = { at: q.start, source: q.speaker! };
  for (const st of statements) if (st.start >= p.start && st.end <= s.start && (!last || st.start > last.at)) last = { at: st.start, source: st.source };
  return last?.source ?? null;
}

/** How many paragraphs after the lead may name the source of the figures a headline and lead state. */
const OPENING_SOURCE_REACH = 2;
/** How many paragraphs after a "Source:" line its labelled paragraphs go on with it. */
const SOURCE_LINE_REACH = 6;

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
function openingSource(doc: Document, quotes: readonly Quote[], statements: readonly Statement[]): string | null {
  const frame = doc.frame;
  if (!frame.lead) return null;
  const leadIndex = frame.paragraphIndexAt(frame.lead.start);
  const last = frame.paragraphs[Math.min(frame.paragraphs.length - 1, leadIndex + OPENING_SOURCE_REACH)]!;
  const quoting = (st: Statement) => quotes.some((q) => q.start < st.end && st.start < q.end);
  const first = statements.find((st) => st.start >= frame.lead!.start && st.end <= last.end && !quoting(st));
  return first?.source ?? null;
}

/** The source of the "Source:" line a labelled paragraph ("Details: …") goes on with. */
function sourceLineBefore(doc: Document, statements: readonly Statement[], c: CountCandidate): string | null {
  const frame = doc.frame;
  const at = frame.paragraphIndexAt(c.start);
  if (frame.paragraphs[at]?.role !== 'labelled') return null;
  let found: Statement | null = null;
  for (const st of statements) {
    const k = frame.paragraphIndexAt(st.start);
    if (st.line && k < at && at - k <= SOURCE_LINE_REACH) found = st;
  }
  return found?.source ?? null;
}

/**
 * A total with no source of its own ("eight drones across three regions. According to the
 * ministry, five …, two …") is the figure its parts break down: it takes their source when they all
 * have the same one; so does a count of the places they lie in ("three regions").
 */
function takeSourceOfParts(items: CountCandidate[]): void {
  const parts = items.filter((c) => c.role === 'part');
  const shared = (cs: readonly CountCandidate[]) => {
    const sources = new Set(cs.map((c) => c.source ?? null));
    return sources.size === 1 ? [...sources][0]! : null;
  };
  const ofAll = shared(parts);
  for (const c of items) {
    if (c.source) continue;
    if (c.role === 'extent') c.source = ofAll;
    else if (c.role === 'total') c.source = shared(parts.filter((p) => itemKey(p.item) === itemKey(c.item)));
  }
}

/** The source of a "X reported this" statement before the count, when no other source is named between them. */
function coveringStatement(statements: readonly Statement[], c: CountCandidate): string | null {
  let last: Statement | null = null;
  for (const st of statements) if (st.cue < c.start && (!last || st.cue > last.cue)) last = st;
  return last?.coversReport ? last.source : null;
}
