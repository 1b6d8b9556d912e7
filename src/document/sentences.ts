import type { Span } from './span.js';

// Abbreviations after which a full stop does not end a sentence. Lower-cased, without the stop.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'insp', 'supt', 'det', 'pres', 'sec', 'dep', 'cllr', 'atty', 'hon', 'rev',
  'gov', 'lt.gen', 'brig', 'cpl', 'pvt', 'no', 'nos', 'vs', 'etc', 'approx', 'dept', 'univ', 'inc', 'corp', 'ltd',
  'co', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue',
  'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
  'ave', 'blvd', 'rd', 'fig', 'op', 'al', 'ed', 'vol', 'pp', 'p',
]);

const CLOSERS = new Set(['"', "'", '’', '”', '»', ')', ']']);

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
      const ch = text[i]!;
      let j = i + 1;
      while (j < p.end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j]!))) j++;
      if (j >= p.end) break;
      if (!/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < p.end && /\s/.test(text[k]!)) k++;
      if (k >= p.end) break;
      const next = text[k]!;
      if (!/[\p{Lu}\p{N}"'“‘«(\[]/u.test(next)) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      out.push(trimSpan(text, start, j));
      start = k;
      i = k - 1;
    }
    if (start < p.end) out.push(trimSpan(text, start, p.end));
  }
  return out.filter((s) => s.end > s.start);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith", "U. S."
  if (ABBREVIATIONS.has(word)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word); // "U.S", "a.m"
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Paragraphs are the runs of text between line breaks, trimmed; blank lines separate nothing more. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = trimSpan(text, m.index, m.index + m[0].length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}
