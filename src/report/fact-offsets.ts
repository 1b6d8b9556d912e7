// The facts of one article as the page carries them: flat numbers, four a fact (UTF-16 start and
// end, which the browser slices by; the kind; the hover note's place in the report's table of notes,
// shared by the articles, since a person or place is noted the same way in each).
import { ITEM_KINDS } from '../record/types.js';
import type { FactSpan } from './fact-spans.js';

/** Numbers a fact takes in the flat list. */
export const FACT_WIDTH = 4;

/** The UTF-16 index of each code point offset given (sorted ascending); an offset past the end maps to the text's length. */
function utf16Indices(text: string, sortedCodePoints: readonly number[]): Map<number, number> {
  const at = new Map<number, number>();
  let cp = 0;
  let i = 0;
  for (const target of sortedCodePoints) {
    while (cp < target && i < text.length) {
      const c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      cp++;
    }
    at.set(target, i);
  }
  return at;
}

/**
 * The facts as flat numbers, in the order of `spans` (a fact's place is its number in the page,
 * `data-f`); one that falls outside the text keeps its place as an empty span, which is not drawn.
 */
export function factOffsets(text: string, spans: readonly FactSpan[], noteId: (note: string) => number): number[] {
  // without astral characters (most texts) code points and UTF-16 units count alike
  const astral = /[\uD800-\uDBFF]/.test(text);
  const at = astral ? utf16Indices(text, [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)) : undefined;
  const utf16 = (cp: number) => (at ? at.get(cp)! : Math.min(cp, text.length));
  const flat: number[] = [];
  for (const s of spans) {
    const start = utf16(s.start);
    const end = utf16(s.end);
    if (start < end) flat.push(start, end);
    else flat.push(0, 0);
    flat.push(ITEM_KINDS.indexOf(s.kind), noteId(s.note));
  }
  return flat;
}
