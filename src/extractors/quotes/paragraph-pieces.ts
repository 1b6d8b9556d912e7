/**
 * A quote that runs over several paragraphs, each re-opened by a mark ("“A.\n\n“B.\n\n“C.”"), is
 * one statement written as several quotes: a reader, and our annotators, count one quote a
 * paragraph, each with the statement's speaker.
 */
import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { QuoteCandidate } from './index.js';

const OPENING_OR_SPACE = /[\s"“„«'‘‚‹]/u;
const SPACE = /\s/u;
const OPENING_MARK = /["“„«'‘‚‹]/u;

/**
 * The pieces of a candidate, one per paragraph it covers, when a speech tag in its own first
 * paragraph introduces the statement ("X said: “A.\n\n“B.”"); the candidate itself otherwise.
 * A block set off under a line of its own ("The Times reports:\n\n“A.\n\n“B.”") or with its tag
 * after the last paragraph stays whole: archives that wrap every paragraph of an excerpt in marks
 * write it so, and it is one quoted text.
 */
export function paragraphPieces(doc: Document, q: QuoteCandidate, paragraphs: readonly Span[]): QuoteCandidate[] {
  if (!q.multiParagraph || q.startsParagraph || !q.attribution || q.attribution.speaker.start > q.open) return [q];
  const text = doc.text;
  // Only paragraphs re-opened by a mark: a quote written across a line break is one sentence.
  for (let k = q.paragraph + 1; k < paragraphs.length && paragraphs[k]!.start < q.end; k++) {
    if (!OPENING_MARK.test(text[paragraphs[k]!.start]!)) return [q];
  }
  const pieces: QuoteCandidate[] = [];
  for (let k = q.paragraph; k < paragraphs.length && paragraphs[k]!.start < q.end; k++) {
    const para = paragraphs[k]!;
    const first = k === q.paragraph;
    let start = first ? q.start : para.start;
    if (!first) while (start < q.end && OPENING_OR_SPACE.test(text[start]!)) start++;
    let end = Math.min(q.end, para.end);
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const last = q.end <= para.end;
    pieces.push({
      start,
      end,
      open: first ? q.open : para.start,
      after: last ? q.after : end,
      family: q.family,
      closed: last && q.closed,
      startsParagraph: first ? q.startsParagraph : true,
      multiParagraph: false,
      paragraph: k,
      attribution: q.attribution,
      carried: !first || q.carried,
      speaker: q.speaker,
      cue: first ? q.cue : undefined,
    });
  }
  return pieces.length ? pieces : [q];
}
