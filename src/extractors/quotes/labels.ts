/**
 * Press style that labels its paragraphs: "Source: Governor X on Telegram" names whose words follow,
 * and "Quote: “…”" or "Quote from Y: “…”" gives them. The label is never the speaker: the person
 * after "from", else the one the last source line names.
 */
import type { Document } from '../../document/document.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { windowTokens } from '../../document/windows.js';
import { QUOTE_LABELS, SOURCE_LABELS } from '../../language/quoting.js';
import type { Attribution } from './attribution.js';
import { readForward } from './phrases.js';

/** How many paragraphs back a "Quote:" looks for its source line. */
const SOURCE_LINE_REACH = 6;
const LABEL_TO_QUOTE = /^\s*:\s*$/u;
const FIRST_WORD = /^(?<word>[\p{L}]+)/u;

const firstWord = (label: string): string => FIRST_WORD.exec(label)?.groups?.word?.toLowerCase() ?? '';

/** The speaker of a quote that a "Quote:" label introduces, or null when none does. */
export function labelAttribution(doc: Document, q: QuotedSpan, paragraph: number): Attribution | null {
  const frame = doc.frame.paragraphs;
  const label = frame[paragraph]?.label;
  if (!label || !QUOTE_LABELS.has(firstWord(label.text)) || !LABEL_TO_QUOTE.test(doc.text.slice(label.end, q.open))) return null;
  // "Quote from Terekhov": the name after "from"
  const tokens = windowTokens(doc.text, label.start, label.end);
  const from = tokens.findIndex((t) => t.lower === 'from');
  const named = from >= 0 ? readForward(tokens, from + 1) : null;
  if (named) return { speaker: named.phrase, cue: label.text, position: 'before' };
  for (let k = paragraph - 1; k >= 0 && paragraph - k <= SOURCE_LINE_REACH; k--) {
    const source = frame[k]!.label;
    if (!source || !SOURCE_LABELS.has(firstWord(source.text))) continue;
    const line = windowTokens(doc.text, source.end + 1, Math.min(frame[k]!.end, source.end + 200));
    const r = readForward(line, 0);
    return r ? { speaker: r.phrase, cue: label.text, position: 'before' } : null;
  }
  return null;
}
