// Small strings made without needless copies, for the tokenizers that run on every word.

/**
 * toLowerCase(), without its allocation when the word is lower-case ASCII already (V8 makes a new
 * string for a short one even when nothing changes).
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && (c <= 90 || c >= 128)) return word.toLowerCase();
  }
  return word;
}

// One-character tokens of characters past Latin-1 (curly quotes, dashes, currency signs), made
// once: V8 keeps strings of one Latin-1 character only.
const charTexts = new Map<number, string>();
const charLowers = new Map<number, string>();

/** The one-character string of a code unit, made once. */
export function charText(c: number): string {
  let s = charTexts.get(c);
  if (s === undefined) charTexts.set(c, (s = String.fromCharCode(c)));
  return s;
}

/** The lower case of the one-character string of a code unit, made once. */
export function charLower(c: number): string {
  let s = charLowers.get(c);
  if (s === undefined) charLowers.set(c, (s = String.fromCharCode(c).toLowerCase()));
  return s;
}
