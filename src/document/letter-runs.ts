const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Per UTF-16 unit above ASCII: 0 not yet known, 1 a letter or mark, 2 neither. */
const known = new Uint8Array(65536);

/**
 * Whether one UTF-16 unit is a letter or a mark, as LETTER_OR_MARK.test(text[i]) says of it (a lone
 * surrogate is neither).
 */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!known[c]) known[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
  return known[c] === 1;
}

/**
 * Which of the `wanted` words the text writes as a run of letters and marks that no letter or mark
 * touches on either side, unit by unit as isLetterUnit reads them: whether a word is written on its
 * own anywhere, in one pass over the text instead of a search of it for each word. A run is cut out
 * only when its length is that of a wanted word.
 */
export function letterRunsIn(text: string, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const lengths = new Set([...wanted].map((w) => w.length));
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length && isLetterUnit(text.charCodeAt(i));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (lengths.has(i - start)) {
        const run = text.slice(start, i);
        if (wanted.has(run)) found.add(run);
      }
      start = -1;
    }
  }
  return found;
}

/** Whether every unit of `word` is a letter or a mark. */
export function allLetterUnits(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLetterUnit(word.charCodeAt(i))) return false;
  return word.length > 0;
}
