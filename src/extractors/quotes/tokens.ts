/** Word and punctuation tokens of a short window of text, with absolute UTF-16 offsets. */

import { hasSurrogateIn, LETTER, NUMBER, SPACE, UPPER, unicodeClass } from '../../document/letters.js';
import { charLower, charText, lowerCase } from '../../document/strings.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  lower: string;
  /** The word starts with an upper-case letter. */
  cap: boolean;
}

// The reference definition of a token. Words keep inner apostrophes, hyphens and dots (O’Neil,
// Al-Sisi, U.S.) and a final dot; the dot is split off again below unless the word is an
// abbreviation or an initial. tokenize() follows it by hand on character codes, since every quote
// reads several windows of a few hundred characters (no slice of the window, no match arrays); a
// window holding astral characters takes this regex, where \p classes and \S count whole code points.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*\.?|\S/gu;

const KEEP_DOT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'prof', 'rev', 'st', 'jr',
  'sr', 'hon', 'maj', 'cmdr', 'pres', 'sec', 'dep', 'atty', 'supt', 'insp', 'det', 'brig', 'cpl', 'pvt', 'mt', 'ft',
]);
/** Lower-casing never shortens a BMP word, so no longer word is in KEEP_DOT. */
const LONGEST_KEEP_DOT = Math.max(...[...KEEP_DOT].map((w) => w.length));

/** A party and state abbreviation after a name: "R-Ky.", "D-Calif.". */
const PARTY_STATE = /^[RDI]-\p{Lu}\p{Ll}{1,4}$/u;

/** \p{L} or \p{N}: a word character. */
const ALNUM = LETTER | NUMBER;

const classAt = (text: string, i: number): number => unicodeClass(text.charCodeAt(i));

const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 45 || c === 46;

/** Whether the scanner reads text[from, to) as the regex does: no astral characters, no bounds slice() counts from the end. */
function isPlainWindow(text: string, from: number, to: number): boolean {
  if (from < 0 || to < 0) return false;
  const stop = Math.min(to, text.length);
  return !hasSurrogateIn(text, from, stop);
}

export function tokenize(text: string, from: number, to: number): Token[] {
  if (!isPlainWindow(text, from, to)) return tokenizeByRegex(text, from, to);
  const stop = Math.min(to, text.length);
  const out: Token[] = [];
  let i = from;
  while (i < stop) {
    const k = classAt(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (!(k & ALNUM)) {
      const c = text.charCodeAt(i++);
      out.push({ text: charText(c), start, end: i, word: false, lower: charLower(c), cap: false });
      continue;
    }
    const cap = (k & UPPER) !== 0;
    const end = wordEnd(text, start, stop);
    i = end;
    if (end < stop && text.charCodeAt(end) === 46) {
      i = end + 1;
      if (!keepsDot(text, start, end, cap)) {
        const bare = text.slice(start, end);
        out.push({ text: bare, start, end, word: true, lower: lowerCase(bare), cap });
        out.push({ text: '.', start: end, end: i, word: false, lower: '.', cap: false });
        continue;
      }
    }
    const t = text.slice(start, i);
    out.push({ text: t, start, end: i, word: true, lower: lowerCase(t), cap });
  }
  return out;
}

/**
 * Where the last sentence of text[from, to) starts: after its last token that ends a sentence
 * (".", "!", "?"), or at `from`. tokenize(text, sentenceStartIn(text, from, to), to) gives the
 * tokens tokenize(text, from, to) holds after that one (the scan restarts at any token's end the
 * same way), and the sentence before it is read without making its tokens.
 */
export function sentenceStartIn(text: string, from: number, to: number): number {
  if (!isPlainWindow(text, from, to)) {
    const tokens = tokenizeByRegex(text, from, to);
    for (let k = tokens.length - 1; k >= 0; k--) if (/^[.!?]$/.test(tokens[k]!.text)) return tokens[k]!.end;
    return from;
  }
  const stop = Math.min(to, text.length);
  let sentenceStart = from;
  let i = from;
  while (i < stop) {
    const k = classAt(text, i);
    if (k & SPACE) {
      i++;
      continue;
    }
    if (!(k & ALNUM)) {
      const c = text.charCodeAt(i++);
      if (c === 46 || c === 33 || c === 63) sentenceStart = i;
      continue;
    }
    const end = wordEnd(text, i, stop);
    if (end < stop && text.charCodeAt(end) === 46) {
      // a final dot split off the word ends a sentence
      if (!keepsDot(text, i, end, (k & UPPER) !== 0)) sentenceStart = end + 1;
      i = end + 1;
    } else i = end;
  }
  return sentenceStart;
}

/** The end of the word of letters and digits that starts at `start`, over inner joiners, without a final dot. */
function wordEnd(text: string, start: number, stop: number): number {
  let i = start + 1;
  for (;;) {
    while (i < stop && classAt(text, i) & ALNUM) i++;
    if (i + 1 < stop && isJoiner(text.charCodeAt(i)) && classAt(text, i + 1) & ALNUM) i += 2;
    else return i;
  }
}

/** Whether the word text[start, end), before a dot, keeps the dot: an abbreviation or an initial. */
function keepsDot(text: string, start: number, end: number, cap: boolean): boolean {
  const n = end - start;
  if ((n === 1 && cap) || hasDot(text, start, end)) return true;
  if (n <= LONGEST_KEEP_DOT && KEEP_DOT.has(lowerCase(text.slice(start, end)))) return true;
  return n >= 4 && n <= 7 && text.charCodeAt(start + 1) === 45 && PARTY_STATE.test(text.slice(start, end));
}

function hasDot(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** tokenize() by the reference regex: for windows with astral characters (and the tests' reference). */
export function tokenizeByRegex(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const start = from + m.index;
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    if (word && t.length > 1 && t.endsWith('.')) {
      const bare = t.slice(0, -1);
      const keep = KEEP_DOT.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || /\./.test(bare) || PARTY_STATE.test(bare);
      if (!keep) {
        out.push(mk(bare, start, true));
        out.push(mk('.', start + bare.length, false));
        continue;
      }
    }
    t = m[0];
    out.push(mk(t, start, word));
  }
  return out;
}

function mk(text: string, start: number, word: boolean): Token {
  return { text, start, end: start + text.length, word, lower: text.toLowerCase(), cap: /^\p{Lu}/u.test(text) };
}
