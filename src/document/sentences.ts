import type { Span } from './span.js';
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../language/calendar.js';
import { TITLE_ABBREVIATIONS } from '../language/titles.js';

// Abbreviations after which a full stop does not end a sentence. Lower-cased, without the stop.
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS.keys(), ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS,
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'hon', 'rev', 'lt.gen', 'no', 'nos', 'vs', 'etc',
  'approx', 'dept', 'univ', 'inc', 'corp', 'ltd', 'co', 'bros', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'ave', 'blvd', 'rd', 'fig', 'op', 'al', 'ed', 'vol', 'pp', 'p',
]);

// Closing marks that may follow a sentence's stop: " ' ’ ” » ) ]
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 41 || c === 93;
}

// The classes below are tested a character at a time on every stop of every article: regular
// expressions are made once here (a literal in a function body makes a new object each time it is
// evaluated), and ASCII is answered on the character code.
const SPACE = /\s/;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"'“‘«(\[]/u;
const ABBREVIATION_CHAR = /[\p{L}.]/u;
const ONE_LETTER = /^\p{L}$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u; // "U.S", "a.m"

/** /\s/ on the character at i. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
}

/** An upper-case letter, digit or opening quote or bracket: what may open a sentence. */
function opensSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return SENTENCE_OPENER.test(text[i]!);
}

/**
 * Splits text into sentences on the raw characters, keeping offsets. A line break always ends a
 * sentence (news text puts one paragraph a line); a full stop, question or exclamation mark ends
 * one when white space and then an upper-case letter, digit or opening quote follow, unless the
 * word before it is a known abbreviation or a single initial.
 */
export function splitSentences(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      // . ! ? …
      if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
      let j = i + 1;
      for (; j < p.end; j++) {
        const d = text.charCodeAt(j);
        if (d !== 46 && d !== 33 && d !== 63 && !isCloser(d)) break;
      }
      if (j >= p.end) break;
      if (!isSpaceAt(text, j)) continue;
      let k = j;
      while (k < p.end && isSpaceAt(text, k)) k++;
      if (k >= p.end) break;
      if (!opensSentenceAt(text, k)) continue;
      if (c === 46 && isAbbreviation(text, i)) continue;
      pushTrimmed(out, text, start, j);
      start = k;
      i = k - 1;
    }
    if (start < p.end) pushTrimmed(out, text, start, p.end);
  }
  return out;
}

/** Adds the span start..end without its outer white space, unless nothing is left. */
function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push(span);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isAbbreviationCharAt(text, s - 1)) s--;
  if (s === dot) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (ONE_LETTER.test(word)) return true; // an initial: "J. Smith", "U. S."
  if (ABBREVIATIONS.has(word)) return true;
  return DOTTED_LETTERS.test(word);
}

/** /[\p{L}.]/u on the character at i. */
function isAbbreviationCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return ABBREVIATION_CHAR.test(text[i]!);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** Paragraphs are the runs of text between line breaks, trimmed; blank lines separate nothing more. */
export function splitParagraphs(text: string): Span[] {
  // the runs /[^\r\n]+/g matches, found between the breaks LINE_BREAK.test() finds (no match arrays)
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    LINE_BREAK.lastIndex = i;
    const end = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : n;
    if (end > i) pushTrimmed(out, text, i, end);
    i = end + 1;
  }
  return out;
}

const LINE_BREAK = /[\r\n]/g;
