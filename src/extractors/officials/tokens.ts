import type { Span } from '../../document/span.js';
import { fold } from './lexicon/firstNames.js';

/**
 * One word or punctuation mark. Possessive endings ("Clinton's") are split off as their own
 * token so that the name's span holds the name alone; a full stop is always its own token.
 */
export interface Token extends Span {
  text: string;
  /** Lower case, diacritics removed. */
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case: "VKS", "FBI". */
  allCaps: boolean;
  /** A possessive ending: "'s", "’s" or a lone apostrophe after a plural. */
  poss: boolean;
}

// Letters with inner hyphens or apostrophes ("Syniehubov", "O'Brien", "Vozdushno-Korablevoy"), a possessive
// ending, numbers, or one other non-space character. Each alternative starts on a distinct class and the
// inner repetition must consume a joiner first, so the scan stays linear.
const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

const cache = new WeakMap<object, Token[]>();

/** The tokens of a document, made once and shared by the officials and organisations extractors. */
export function tokensOf(doc: { text: string }): Token[] {
  let t = cache.get(doc);
  if (!t) {
    t = tokenize(doc.text);
    cache.set(doc, t);
  }
  return t;
}

const lowerCache = new WeakMap<object, Set<string>>();

/** The words a document writes in lower case somewhere: common words, whatever case they take elsewhere. */
export function lowerWordsOf(doc: { text: string }): Set<string> {
  let s = lowerCache.get(doc);
  if (!s) {
    s = new Set<string>();
    for (const t of tokensOf(doc)) if (t.isWord && !t.cap) s.add(t.lower);
    lowerCache.set(doc, s);
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    let w = m[0];
    const c0 = w.charCodeAt(0);
    const isWord = w.length > 1 ? isLetterStart(w, c0) : LETTER.test(w);
    if (isWord && w.length > 2) {
      const q = w.charCodeAt(w.length - 2);
      const s = w.charCodeAt(w.length - 1);
      if ((q === 39 || q === 0x2019) && (s === 115 || s === 83)) {
        w = w.slice(0, -2);
        out.push(word(w, start));
        out.push(possessive(text.slice(start + w.length, start + w.length + 2), start + w.length));
        continue;
      }
    }
    if (isWord) out.push(word(w, start));
    else if ((c0 === 39 || c0 === 0x2019) && w.length === 1 && out.length && isPluralPossessive(text, out[out.length - 1]!, start)) {
      out.push(possessive(w, start));
    } else {
      out.push({ start, end: start + w.length, text: w, lower: w, isWord: false, cap: false, allCaps: false, poss: false });
    }
  }
  return out;
}

const LETTER = /^[\p{L}\p{M}]/u;

function isLetterStart(w: string, c0: number): boolean {
  if (c0 < 128) return (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
  return LETTER.test(w);
}

/** "the Debates' threshold": a lone apostrophe right after a word ending in s, not before a letter. */
function isPluralPossessive(text: string, prev: Token, at: number): boolean {
  if (!prev.isWord || prev.end !== at) return false;
  const last = prev.text.charCodeAt(prev.text.length - 1);
  if (last !== 115 && last !== 83) return false;
  return !LETTER.test(text[at + 1] ?? ' ');
}

function word(w: string, start: number): Token {
  const c0 = w.charCodeAt(0);
  const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(w);
  return {
    start,
    end: start + w.length,
    text: w,
    lower: fold(w),
    isWord: true,
    cap,
    allCaps: cap && w.length >= 2 && !LOWER.test(w),
    poss: false,
  };
}

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function possessive(w: string, start: number): Token {
  return { start, end: start + w.length, text: w, lower: "'s", isWord: false, cap: false, allCaps: false, poss: true };
}

/** True when only spaces or tabs (no line break) separate two tokens. */
export function sameLineGap(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/**
 * The spans of text inside quotation marks, so that a pronoun or a name inside a quote is not
 * taken for the person the narrative speaks of. Double marks pair within a paragraph; a single
 * opening mark pairs with the next closing one that is not an apostrophe inside a word.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  const MARKS = /["“”«»„‘’\n]/g;
  let open = -1;
  let openCh = '';
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === '“' || c === '"' || c === '«' || c === '„') {
        open = i;
        openCh = c;
      } else if (c === '‘' && !WORD_CHAR.test(text[i - 1] ?? ' ')) {
        open = i;
        openCh = c;
      }
    } else {
      const closes =
        (openCh === '“' && c === '”') ||
        (openCh === '„' && (c === '“' || c === '”')) ||
        (openCh === '«' && c === '»') ||
        (openCh === '"' && c === '"') ||
        (openCh === '‘' && c === '’' && !LETTER.test(text[i + 1] ?? ' '));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function insideAny(spans: readonly Span[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A line in title case or capitals (a headline), where capitalisation tells nothing about names:
 * at least three words of five letters or more, at most one of them (and under a fifth) in lower case.
 */
export function isTitleCaseLine(text: string, pos: number): boolean {
  const start = text.lastIndexOf('\n', pos) + 1;
  if (pos - start > 400) return false;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  if (end - start > 400) return false;
  // title case leaves only short function words ("with", "from") in lower case
  const words = text.slice(start, end).match(/\p{L}{5,}/gu) ?? [];
  if (words.length < 3) return false;
  let lower = 0;
  for (const w of words) if (!/^\p{Lu}/u.test(w)) lower++;
  return lower <= 1 && lower < words.length * 0.2;
}
