// Letter classes of UTF-16 code units, for scans that count words without slicing or matching.
// Filled on first sight from the Unicode property escapes, so they agree with \p{L} and \p{Lu}.

const NOT_LETTER = 1;
const LETTER = 2;
const UPPER = 3;
const table = new Uint8Array(65536);

function classOf(c: number): number {
  let k = table[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = /\p{Lu}/u.test(ch) ? UPPER : /\p{L}/u.test(ch) ? LETTER : NOT_LETTER;
    table[c] = k;
  }
  return k;
}

/** True when the code unit is a letter (\p{L}); surrogates are not (callers check hasSurrogateIn first). */
export function isLetterCode(c: number): boolean {
  return classOf(c) !== NOT_LETTER;
}

/** True when the code unit is an upper-case letter (\p{Lu}). */
export function isUpperCode(c: number): boolean {
  return classOf(c) === UPPER;
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
