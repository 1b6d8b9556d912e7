import { hasSurrogateIn, LETTER, MARK, NUMBER, SPACE, UPPER, unicodeClass } from './letters.js';
import { charLower, charText, lowerCase } from './strings.js';
import { fold } from '../language/fold.js';
import { hasLower, Token } from './tokens.js';
import { TITLE_ABBREVIATIONS } from '../language/titles.js';

/**
 * The words and marks of a window of text (the few hundred characters around a quote, the few words
 * on either side of a number), as `Token`s with absolute offsets. A window word is coarser than a
 * token of `Document.tokens`: letters, digits and marks joined by inner apostrophes, hyphens and dots
 * make one word ("Su-34s", "drone-launched", "U.S", "O’Neil", "Clinton's"), where the speech-tag and
 * count rules read them as one (docs/text-layer.md).
 *
 * The scan reads the window on character codes and records only the bounds of its tokens; tokens are
 * made for the ones a caller keeps. A window holding astral characters is read by the reference
 * regex below, where \p classes and \S count whole code points.
 */

// The reference definition of a window token: a word, or any other one non-space character.
const TOKEN = /\s*(?:(?<word>[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*)|(?<other>\S))/uy;

/** Titles and honorifics that keep their dot in a speech tag ("Sen.", "Lt."). */
const KEEP_DOT = new Set([
  ...TITLE_ABBREVIATIONS.keys(),
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'hon', 'maj', 'cmdr', 'pres', 'sec', 'dep', 'atty', 'supt', 'insp', 'det', 'brig', 'cpl', 'pvt', 'mt', 'ft',
]);
/** Lower-casing never shortens a BMP word, so no longer word is in KEEP_DOT. */
const LONGEST_KEEP_DOT = Math.max(...[...KEEP_DOT].map((w) => w.length));

/** A party and state abbreviation after a name: "R-Ky.", "D-Calif.". */
const PARTY_STATE = /^[RDI]-\p{Lu}\p{Ll}{1,4}$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/** \p{L} or \p{N}: starts or continues a word. */
const ALNUM = LETTER | NUMBER;
/** \p{L}, \p{N} or \p{M}: continues a word (a mark never starts one). */
const WORD_PART = LETTER | NUMBER | MARK;

const classAt = (text: string, i: number): number => unicodeClass(text.charCodeAt(i));
const isAlnumAt = (text: string, i: number): boolean => i >= 0 && i < text.length && (classAt(text, i) & ALNUM) !== 0;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46;

/**
 * The bounds of the tokens of the window being read, kept from window to window: starts, ends, and
 * whether each is a word. They grow when a window holds more tokens than they do.
 */
let starts = new Int32Array(256);
let ends = new Int32Array(256);
let isWords = new Uint8Array(256);

function record(n: number, start: number, end: number, isWord: boolean): void {
  if (n === starts.length) {
    const grown = n * 2;
    starts = copyInto(new Int32Array(grown), starts);
    ends = copyInto(new Int32Array(grown), ends);
    isWords = copyInto(new Uint8Array(grown), isWords);
  }
  starts[n] = start;
  ends[n] = end;
  isWords[n] = isWord ? 1 : 0;
}

function copyInto<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}

/**
 * Reads up to `max` tokens of text[from, to) into the bounds and returns how many. With
 * `abbreviationDots`, a word's final dot joins the word when it is an abbreviation or an initial
 * ("Sen.", "J.", "U.S.", "R-Ky."), and is a token of its own otherwise.
 */
function scan(text: string, from: number, to: number, max: number, abbreviationDots: boolean): number {
  const start = Math.max(0, from);
  const stop = Math.min(to, text.length);
  if (hasSurrogateIn(text, start, stop)) return scanByRegex(text, start, stop, max, abbreviationDots);
  let n = 0;
  let i = start;
  while (n < max && i < stop) {
    const k = classAt(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    const s = i;
    if (!(k & ALNUM)) {
      record(n++, s, ++i, false);
      continue;
    }
    i = wordEnd(text, s, stop);
    n = recordWord(text, n, s, i, stop, abbreviationDots);
    if (i < stop && text.charCodeAt(i) === 46 && abbreviationDots) i++;
  }
  return n;
}

/** The end of the word that starts at `start`: letters, digits and marks over inner joiners, without a final dot. */
function wordEnd(text: string, start: number, stop: number): number {
  let i = start + 1;
  for (;;) {
    while (i < stop && classAt(text, i) & WORD_PART) i++;
    if (i + 1 < stop && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) & ALNUM) i += 2;
    else return i;
  }
}

/** Records the word text[start, end) and, with `abbreviationDots`, the dot after it; returns the new count. */
function recordWord(text: string, n: number, start: number, end: number, stop: number, abbreviationDots: boolean): number {
  if (!abbreviationDots || end >= stop || text.charCodeAt(end) !== 46) {
    record(n, start, end, true);
    return n + 1;
  }
  if (keepsDot(text, start, end)) {
    record(n, start, end + 1, true);
    return n + 1;
  }
  record(n, start, end, true);
  record(n + 1, end, end + 1, false);
  return n + 2;
}

/** Whether the word text[start, end), before a dot, keeps the dot: an abbreviation or an initial. */
function keepsDot(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 1 && unicodeClass(text.charCodeAt(start)) & UPPER) return true;
  if (n === 2 && ONE_CAPITAL.test(text.slice(start, end))) return true; // an astral initial
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  if (n <= LONGEST_KEEP_DOT && KEEP_DOT.has(lowerCase(text.slice(start, end)))) return true;
  return n >= 4 && n <= 7 && text.charCodeAt(start + 1) === 45 && PARTY_STATE.test(text.slice(start, end));
}

/** scan() by the reference regex: for windows with astral characters. */
function scanByRegex(text: string, start: number, stop: number, max: number, abbreviationDots: boolean): number {
  const slice = text.slice(start, stop);
  let n = 0;
  TOKEN.lastIndex = 0;
  while (n < max) {
    const m = TOKEN.exec(slice);
    if (!m) break;
    const token = m.groups!['word'] ?? m.groups!['other']!;
    const end = start + TOKEN.lastIndex;
    if (m.groups!['word'] === undefined) record(n++, end - token.length, end, false);
    else {
      n = recordWord(text, n, end - token.length, end, stop, abbreviationDots);
      if (abbreviationDots && end < stop && text.charCodeAt(end) === 46) TOKEN.lastIndex++;
    }
  }
  return n;
}

/** The token of bounds k. */
function tokenAt(text: string, k: number): Token {
  const start = starts[k]!;
  const end = ends[k]!;
  const isWord = isWords[k] === 1;
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    const ch = charText(c);
    return windowToken(start, ch, isWord && c > 127 ? fold(ch) : charLower(c), isWord, isWord && (unicodeClass(c) & UPPER) !== 0);
  }
  const t = text.slice(start, end);
  const c0 = t.charCodeAt(0);
  const cap = isWord && ((c0 & 0xf800) === 0xd800 ? CAPITAL_FIRST.test(t) : (unicodeClass(c0) & UPPER) !== 0);
  return windowToken(start, t, isWord ? fold(t) : lowerCase(t), isWord, cap);
}

function windowToken(start: number, text: string, lower: string, isWord: boolean, cap: boolean): Token {
  return new Token(start, { text, lower, isWord, cap, allCaps: cap && text.length >= 2 && !hasLower(text), poss: false });
}

/**
 * The tokens of text[from, to), a title's or an initial's dot kept with its word ("Rep.", "J.",
 * "U.S.", "D-Wis."): the window a speech tag is read in.
 */
export function windowTokens(text: string, from: number, to: number): Token[] {
  const n = scan(text, from, to, Infinity, true);
  const out: Token[] = [];
  for (let k = 0; k < n; k++) out.push(tokenAt(text, k));
  return out;
}

/**
 * Where the last sentence of text[from, to) starts: after its last token that ends a sentence
 * (".", "!", "?"), or at `from`. windowTokens(text, sentenceStartIn(text, from, to), to) gives the
 * tokens windowTokens(text, from, to) holds after that one, and no token is made to find it.
 */
export function sentenceStartIn(text: string, from: number, to: number): number {
  for (let k = scan(text, from, to, Infinity, true) - 1; k >= 0; k--) {
    if (ends[k]! - starts[k]! !== 1) continue;
    const c = text.charCodeAt(starts[k]!);
    if (c === 46 || c === 33 || c === 63) return ends[k]!;
  }
  return from;
}

// The words on either side of a number are read in a short window, never a whole run: a 200 KB
// "word" (hyphenated number words, a long code) must not be tokenized once for every number in it.
const WINDOW_AFTER = 96;
const WINDOW_BEFORE = 48;
/** At most this many tokens are read before a position, of which the last few are kept. */
const MAX_BEFORE = 64;

/** Up to `max` tokens of `text` from `from`, not past `limit` nor a short window; a title's dot is a token of its own. */
export function tokensAfter(text: string, from: number, limit: number, max: number): Token[] {
  const end = Math.min(limit, from + WINDOW_AFTER);
  let n = scan(text, from, end, max, false);
  // a word cut by the window is not a word of the text
  if (n > 0 && ends[n - 1] === end && end < limit && isAlnumAt(text, end)) n--;
  const out: Token[] = [];
  for (let k = 0; k < n; k++) out.push(tokenAt(text, k));
  return out;
}

/** Up to `max` tokens right before `to`, not before `limit`, nearest first. */
export function tokensBefore(text: string, to: number, limit: number, max: number): Token[] {
  const from = Math.max(limit, to - WINDOW_BEFORE);
  const end = Math.min(to, from + WINDOW_AFTER);
  let n = scan(text, from, end, MAX_BEFORE, false);
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
