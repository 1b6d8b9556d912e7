import type { Span } from '../../document/span.js';
import { countLetterRuns, hasSurrogateIn } from '../../document/letters.js';

// The token layer is the document's, shared with the organisations extractor (and open to any other).
export { tokenize, type Token } from '../../document/tokens.js';

const LETTER = /^[\p{L}\p{M}]/u;

/** True when only spaces or tabs (no line break) separate two tokens. */
export function sameLineGap(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/**
 * The spans of text inside quotation marks, so that a pronoun or a name inside a quote is not
 * taken for the person the narrative speaks of. Double marks pair within a paragraph; a single
 * opening mark pairs with the next closing one that is not an apostrophe inside a word.
 * The marks are found by MARKS.test(), which makes no match arrays, and compared as character codes.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openCh = 0;
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === LEFT_DOUBLE || c === 34 || c === LEFT_GUILLEMET || c === LOW_DOUBLE) {
        open = i;
        openCh = c;
      } else if (c === LEFT_SINGLE && !(i > 0 && WORD_CHAR.test(text[i - 1]!))) {
        open = i;
        openCh = c;
      }
    } else {
      // (the character after ’ bounds-checked, as the one before ‘ above: a read past the end deoptimised this loop)
      const closes =
        (openCh === LEFT_DOUBLE && c === RIGHT_DOUBLE) ||
        (openCh === LOW_DOUBLE && (c === LEFT_DOUBLE || c === RIGHT_DOUBLE)) ||
        (openCh === LEFT_GUILLEMET && c === RIGHT_GUILLEMET) ||
        (openCh === 34 && c === 34) ||
        (openCh === LEFT_SINGLE && c === RIGHT_SINGLE && !(i + 1 < text.length && LETTER.test(text[i + 1]!)));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »

const MARKS = /["“”«»„‘’\n]/g;

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function insideAny(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A line in title case or capitals (a headline), where capitalisation tells nothing about names:
 * at least three words of five letters or more, at most one of them (and under a fifth) in lower case.
 */
export function isTitleCaseLine(text: string, pos: number): boolean {
  // bounded scans: a long line is no headline, and an unbounded search on a text without line breaks
  // would make every call linear in the text
  let start = pos;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) if (pos - --start > 400) return false;
  let end = pos;
  while (end < text.length && text.charCodeAt(end) !== 10) if (++end - start > 400) return false;
  // one answer a line: every name on a line asks again
  if (titleCaseMemoText !== text) {
    titleCaseMemoText = text;
    titleCaseMemo.clear();
  }
  const key = start * 16_777_216 + end;
  let known = titleCaseMemo.get(key);
  if (known === undefined) titleCaseMemo.set(key, (known = titleCaseBetween(text, start, end)));
  return known;
}

let titleCaseMemoText: string | null = null;
const titleCaseMemo = new Map<number, boolean>();

function titleCaseBetween(text: string, start: number, end: number): boolean {
  // title case leaves only short function words ("with", "from") in lower case
  if (hasSurrogateIn(text, start, end)) {
    const words = text.slice(start, end).match(/\p{L}{5,}/gu) ?? [];
    if (words.length < 3) return false;
    let lower = 0;
    for (const w of words) if (!/^\p{Lu}/u.test(w)) lower++;
    return lower <= 1 && lower < words.length * 0.2;
  }
  const long = countLetterRuns(text, start, end, 5);
  if (long.runs < 3) return false;
  const lower = long.runs - long.upper;
  return lower <= 1 && lower < long.runs * 0.2;
}
