// A cheap word tokenizer over a bounded stretch of text: enough to look a few words to the left
// or right of a number without compromise.

import { hasSurrogateIn, LETTER, MARK, NUMBER, SPACE, unicodeClass } from '../../document/letters.js';
import { charLower, charText, lowerCase } from '../../document/strings.js';

export interface Token {
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

// The reference definition of a token. A word: letters and digits, joined by inner apostrophes,
// hyphens and dots ("drone-launched", "Su-34", "a.m", "U.S"); anything else is a one-character
// token. The scanner below follows it by hand on character codes, since it runs twice for every
// number of every article (no slice of the window, no match arrays); a window holding astral
// characters takes this regex, where \p classes and \S count whole code points.
const TOKEN = /\s*(?:([\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*)|(\S))/uy;

// Scanning reads a short window, never a whole run: a 200 KB "word" (hyphenated number words, a
// long code) must not be tokenized once for every number inside it.
const WINDOW = 96;
/** How far back tokensBefore reads. */
const WINDOW_BEFORE = 48;

// The classes the scan tells apart, from the shared table (document/letters.ts).
/** \p{L} or \p{N}: starts or continues a word. */
const C_ALNUM = 1;
/** \p{M}: continues a word, never starts one (class numbers up to C_MARK continue a word). */
const C_MARK = 2;
const C_SPACE = 3;
const C_OTHER = 4;

function classOf(c: number): number {
  const k = unicodeClass(c);
  return k & (LETTER | NUMBER) ? C_ALNUM : k & MARK ? C_MARK : k & SPACE ? C_SPACE : C_OTHER;
}

const classAt = (text: string, i: number): number => classOf(text.charCodeAt(i));

const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46;

// Bounds of the tokens of the window being read: tokens are made only for the ones a caller keeps.
// A window holds at most WINDOW tokens.
const starts = new Int32Array(WINDOW);
const ends = new Int32Array(WINDOW);
const isWords = new Uint8Array(WINDOW);

/**
 * Reads up to `max` tokens of text[from, end) into starts/ends/isWords and returns how many, or -1
 * when the window is not one the scanner follows the regex on (astral characters; negative bounds,
 * which slice() counts from the end).
 */
function scanWindow(text: string, from: number, end: number, max: number): number {
  const stop = Math.min(end, text.length);
  if (from < 0 || end < 0 || stop - from > WINDOW || hasSurrogateIn(text, from, stop)) return -1;
  let n = 0;
  let i = from;
  while (n < max && i < stop) {
    const k = classAt(text, i);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    const start = i++;
    if (k === C_ALNUM) {
      // letters, digits and marks, then any number of (joiner, letter or digit, ...)
      for (;;) {
        while (i < stop && classAt(text, i) <= C_MARK) i++;
        if (i + 1 < stop && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === C_ALNUM) i += 2;
        else break;
      }
    }
    starts[n] = start;
    ends[n] = i;
    isWords[n] = k === C_ALNUM ? 1 : 0;
    n++;
  }
  return n;
}

const isAlnumAt = (text: string, i: number): boolean => i >= 0 && i < text.length && classAt(text, i) === C_ALNUM;

function tokenAt(text: string, k: number): Token {
  const start = starts[k]!;
  const end = ends[k]!;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    return { text: charText(c), lower: charLower(c), start, end, isWord: isWords[k] === 1 };
  }
  const tok = text.slice(start, end);
  return { text: tok, lower: lowerCase(tok), start, end, isWord: isWords[k] === 1 };
}

/** Up to `max` tokens of `text` from `from`, not past `limit` nor a short window. */
export function tokensAfter(text: string, from: number, limit: number, max: number): Token[] {
  const end = Math.min(limit, from + WINDOW);
  let n = scanWindow(text, from, end, max);
  if (n < 0) return tokensAfterByRegex(text, from, limit, max);
  // a word cut by the window is not a word of the text
  if (n > 0 && ends[n - 1] === end && end < limit && isAlnumAt(text, end)) n--;
  const out: Token[] = [];
  for (let k = 0; k < n; k++) out.push(tokenAt(text, k));
  return out;
}

/** Up to `max` tokens right before `to`, not before `limit`, nearest first. */
export function tokensBefore(text: string, to: number, limit: number, max: number): Token[] {
  const from = Math.max(limit, to - WINDOW_BEFORE);
  const end = Math.min(to, from + WINDOW);
  let n = scanWindow(text, from, end, 64);
  if (n < 0) return tokensBeforeByRegex(text, to, limit, max);
  if (n > 0 && ends[n - 1] === end && end < to && isAlnumAt(text, end)) n--;
  // the first word may be cut by the window: drop it unless the window starts at the limit
  const first = from > limit && n > 0 && isAlnumAt(text, from - 1) && starts[0] === from ? 1 : 0;
  // the last `max` of them, as Array.prototype.slice(-max) takes them
  const count = n - first;
  const back = -Math.trunc(max) || 0;
  const keepFrom = first + (back < 0 ? Math.max(count + back, 0) : Math.min(back, count));
  const out: Token[] = [];
  for (let k = n - 1; k >= keepFrom; k--) out.push(tokenAt(text, k));
  return out;
}

/** tokensAfter by the reference regex: for windows with astral characters (and the tests' reference). */
export function tokensAfterByRegex(text: string, from: number, limit: number, max: number): Token[] {
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
  const last = out[out.length - 1];
  if (last && last.end === end && end < limit && /[\p{L}\p{N}]/u.test(text[end] ?? '')) out.pop();
  return out;
}

/** tokensBefore by the reference regex: for windows with astral characters (and the tests' reference). */
export function tokensBeforeByRegex(text: string, to: number, limit: number, max: number): Token[] {
  const from = Math.max(limit, to - WINDOW_BEFORE);
  const all = tokensAfterByRegex(text, from, to, 64);
  if (from > limit && all.length && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '') && all[0]!.start === from) all.shift();
  return all.slice(-max).reverse();
}

const CAPITALISED = /^\p{Lu}/u;
export const isCapitalised = (word: string): boolean => CAPITALISED.test(word);
