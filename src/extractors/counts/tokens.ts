// A cheap word tokenizer over a bounded stretch of text: enough to look a few words to the left
// or right of a number without compromise.

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

// A word: letters and digits, joined by inner apostrophes, hyphens and dots ("drone-launched",
// "Su-34", "a.m", "U.S"); anything else is a one-character token.
const TOKEN = /\s*(?:([\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*)|(\S))/uy;

// Scanning reads a short window, never a whole run: a 200 KB "word" (hyphenated number words, a
// long code) must not be tokenized once for every number inside it.
const WINDOW = 96;

/** Up to `max` tokens of `text` from `from`, not past `limit` nor a short window. */
export function tokensAfter(text: string, from: number, limit: number, max: number): Token[] {
  const end = Math.min(limit, from + WINDOW);
  const slice = text.slice(from, end);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (out.length < max) {
    const m = TOKEN.exec(slice);
    if (!m) break;
    const tok = m[1] ?? m[2]!;
    const e = TOKEN.lastIndex;
    out.push({ text: tok, lower: tok.toLowerCase(), start: from + e - tok.length, end: from + e, isWord: m[1] !== undefined });
  }
  // a word cut by the window is not a word of the text
  const last = out[out.length - 1];
  if (last && last.end === end && end < limit && /[\p{L}\p{N}]/u.test(text[end] ?? '')) out.pop();
  return out;
}

/** Up to `max` tokens right before `to`, not before `limit`, nearest first. */
export function tokensBefore(text: string, to: number, limit: number, max: number): Token[] {
  const from = Math.max(limit, to - 48);
  const all = tokensAfter(text, from, to, 64);
  // the first word may be cut by the window: drop it unless the window starts at the limit
  if (from > limit && all.length && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '') && all[0]!.start === from) all.shift();
  return all.slice(-max).reverse();
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
