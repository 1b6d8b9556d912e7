/**
 * Press style that labels its paragraphs: "Source: Governor X on Telegram" names whose words follow,
 * and "Quote: “…”" or "Quote from Y: “…”" gives them. The label is never the speaker: the person
 * after "from", else the one the last source line names. Pages whose paragraphs were run together
 * keep the labels inside one paragraph ("… damaged. Source: X Quote: “…”").
 */
import type { Document } from '../../document/document.js';
import type { QuotedSpan } from '../../document/quotes.js';
import type { Token } from '../../document/tokens.js';
import { windowTokens } from '../../document/windows.js';
import { QUOTE_LABELS, SOURCE_LABELS } from '../../language/quoting.js';
import type { Attribution } from './attribution.js';
import { readForward } from './phrases.js';

/** How many paragraphs back a "Quote:" looks for its source line. */
const SOURCE_LINE_REACH = 6;
/** How far back (UTF-16 units) a label run into its paragraph is read. */
const INLINE_REACH = 400;
export const LABEL_BEFORE = /(?<label>\p{Lu}\p{Ll}+)(?<from> from [^:.;"“”]{1,60})?:\s*$/u;
const INLINE_SOURCE = /\b(?<label>\p{Lu}\p{Ll}+):\s+/gu;

/** The speaker of a quote that a "Quote:" label introduces, or null when none does. */
export function labelAttribution(doc: Document, q: QuotedSpan, paragraph: number): Attribution | null {
  const para = doc.paragraphs[paragraph]!;
  const lineStart = Math.max(para.start, q.open - INLINE_REACH);
  const before = doc.text.slice(lineStart, q.open);
  // LABEL_BEFORE ends in a colon and spaces: most quotes have none before them, and the pattern is not tried
  if (!before.trimEnd().endsWith(':')) return null;
  const label = LABEL_BEFORE.exec(before);
  if (!label || !QUOTE_LABELS.has(label.groups!.label!.toLowerCase())) return null;
  const labelStart = lineStart + label.index;
  const cue = label[0].replace(/:\s*$/u, '');
  const from = label.groups!.from;
  if (from) {
    const at = labelStart + label.groups!.label!.length + ' from '.length;
    const named = readForward(windowTokens(doc.text, at, at + from.length - ' from '.length), 0);
    if (named) return { speaker: named.phrase, cue, position: 'before' };
  }
  const source = inlineSource(doc, para.start, labelStart) ?? sourceLine(doc, paragraph);
  return source ? { speaker: source.phrase, cue, position: 'before' } : null;
}

/** "Source: X" earlier in the label's own paragraph. */
function inlineSource(doc: Document, from: number, to: number): ReturnType<typeof readForward> {
  const stretch = doc.text.slice(Math.max(from, to - INLINE_REACH), to);
  let last: RegExpExecArray | null = null;
  INLINE_SOURCE.lastIndex = 0;
  for (let m = INLINE_SOURCE.exec(stretch); m; m = INLINE_SOURCE.exec(stretch)) if (SOURCE_LABELS.has(m.groups!.label!.toLowerCase())) last = m;
  if (!last) return null;
  const at = Math.max(from, to - INLINE_REACH) + last.index + last[0].length;
  return readForward(windowTokens(doc.text, at, to), 0);
}

/** The paragraph labelled "Source:" a little before, as the frame reads it. */
function sourceLine(doc: Document, paragraph: number): ReturnType<typeof readForward> {
  const frame = doc.frame.paragraphs;
  for (let k = paragraph - 1; k >= 0 && paragraph - k <= SOURCE_LINE_REACH; k--) {
    const source = frame[k]!.label;
    if (!source || !SOURCE_LABELS.has(firstWord(windowTokens(doc.text, source.start, source.end)))) continue;
    return readForward(windowTokens(doc.text, source.end + 1, Math.min(frame[k]!.end, source.end + 200)), 0);
  }
  return null;
}

const firstWord = (tokens: Token[]): string => tokens[0]?.lower ?? '';
