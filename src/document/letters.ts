// Unicode classes of UTF-16 code units, for the scans that read text on character codes instead of
// slicing and matching (the tokenizers, letter runs). One table for all of them, as bits, filled
// for a code unit when it is first seen from the property escapes the scans follow, so they agree
// with \p{L}, \p{M}, \p{N}, \p{Lu} and \s. ASCII is filled by hand: a cold process then compiles
// none of those patterns for plain English text.

/** \p{L} */
export const LETTER = 1;
/** \p{M} */
export const MARK = 2;
/** \p{N} */
export const NUMBER = 4;
/** \p{Lu} */
export const UPPER = 8;
/** \s */
export const SPACE = 16;
const KNOWN = 128;

const table = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const upper = c >= 65 && c <= 90;
  const letter = upper || (c >= 97 && c <= 122);
  table[c] =
    KNOWN |
    (letter ? LETTER : 0) |
    (upper ? UPPER : 0) |
    (c >= 48 && c <= 57 ? NUMBER : 0) |
    (c === 32 || (c >= 9 && c <= 13) ? SPACE : 0);
}

/** The class bits of a code unit (a lone surrogate has none). */
export function unicodeClass(c: number): number {
  const k = table[c]!;
  return k !== 0 ? k : classify(c);
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k =
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\s/.test(ch) ? SPACE : 0);
  table[c] = k;
  return k;
}

/** True when the code unit is a letter (\p{L}); surrogates are not (callers check hasSurrogateIn first). */
export function isLetterCode(c: number): boolean {
  return (unicodeClass(c) & LETTER) !== 0;
}

/** True when the code unit is an upper-case letter (\p{Lu}). */
export function isUpperCode(c: number): boolean {
  return (unicodeClass(c) & UPPER) !== 0;
}

/** True when text[from, to) holds a surrogate, where letters must be read by code point. */
export function hasSurrogateIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/**
 * The runs of letters (\p{L}+) in text[from, to) of at least `minLength` code units: how many, and
 * how many of them open with an upper-case letter. The same as matching /\p{L}+/gu over the slice,
 * for text without surrogates.
 */
export function countLetterRuns(text: string, from: number, to: number, minLength: number): { runs: number; upper: number } {
  let runs = 0;
  let upper = 0;
  let i = from;
  while (i < to) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < to && isLetterCode(text.charCodeAt(i))) i++;
    if (i - s >= minLength) {
      runs++;
      if (isUpperCode(text.charCodeAt(s))) upper++;
    }
  }
  return { runs, upper };
}
