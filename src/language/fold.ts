/**
 * The keys words and names are compared by. Four strengths, each for its own use: `fold` for one
 * token, `foldWord` and `foldName` for the gazetteer's names (apostrophes, spaces and
 * abbreviation dots too), `asciiFold` for transliteration keys (only a–z is left).
 */

/** Lower case without diacritics, so "José" and "Jose" are one key. */
export function fold(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (c >= 65 && c <= 90) upper = true;
  }
  // toLowerCase() makes a copy even of a word already in lower case (and then returns the word itself):
  // most words are, so they skip it
  return upper ? word.toLowerCase() : word;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** foldName for one word without spaces, with a fast path for plain ASCII. */
export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return NON_ASCII.test(lower) ? foldName(lower) : lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The key every name is compared by: no diacritics, one apostrophe, lower case, single spaces. */
export function foldName(s: string): string {
  let out = s.toLowerCase();
  if (NON_ASCII.test(out)) out = out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ`]/g, "'");
  if (/\s\s|[\t\n\r\u00a0]/.test(out)) out = out.replace(/\s+/g, ' ');
  // a dot ending an abbreviation or acronym is dropped ("St. Petersburg" → "st petersburg", "U.S." → "u.s")
  if (out.includes('.')) out = out.replace(/\.(?= |$)/g, '');
  return out.trim();
}

// Letters outside ASCII that NFD does not decompose into a base letter and a mark.
const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, no diacritics, only a–z: "Zelens’kyy" → "zelenskyy". */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøßæœđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/[^a-z]+/g, '');
}
