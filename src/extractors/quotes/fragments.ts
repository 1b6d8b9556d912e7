/**
 * Tells a direct quote from a quoted fragment inside paraphrase (called it a “brazen breach”), a
 * title or a scare quote. A direct quote reads as someone's own sentence: it opens a paragraph or
 * a sentence, follows a colon or a speech tag, or ends in the comma of a tag that follows.
 */
import type { Attribution } from './attribution.js';
import { TAG_ENDINGS } from './attribution.js';
import type { QuotedSpan } from '../../document/quotes.js';
import { ARTICLES, PREPOSITIONS } from '../../language/function-words.js';

const MIN_WORDS_UNTAGGED = 4;

// The tests below run on every quote. Each is written on character codes for ASCII text and the
// punctuation news puts around it, with its regex (the definition) as the path for anything else:
// the regexes' Unicode classes take milliseconds to compile, a good part of a first record's time.

/** Punctuation past ASCII that is neither letter nor number: no-break space, curly quotes, dashes, ellipsis. */
function isKnownPunctuation(c: number): boolean {
  return c === 0xa0 || (c >= 0x2013 && c <= 0x2014) || (c >= 0x2018 && c <= 0x201f) || c === 0x2026;
}
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

const WORD = /[\p{L}\p{N}]+/gu;

/** Words (WORD) in a quote, counted up to `cap`: only "none", "few" and "enough" matter here. */
export function wordCount(s: string, cap = 8): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLetter(c) || isAsciiDigit(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (c < 128 || isKnownPunctuation(c)) {
      inWord = false;
    } else {
      return wordCountByRegex(s, cap);
    }
  }
  return n;
}

function wordCountByRegex(s: string, cap: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD.test(s)) n++;
  return n;
}

const CLOSING_MARKS = /["'”’»]/;
// Regular expressions live at module level: a literal in a function body is a new RegExp object
// at every call.
const LOWER_CASE_AFTER = /^[ \u00a0]*\p{Ll}/u;
const STARTS_UPPER = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;
const SENTENCE_END = /[.!?]/;
const ENDS_SENTENCE = /[.!?…]$/;

/** STARTS_UPPER: the first letter or number of the quote is a capital or a number. */
export function startsUpper(quoted: string): boolean {
  for (let i = 0; i < quoted.length; i++) {
    const c = quoted.charCodeAt(i);
    if (isAsciiDigit(c)) return true;
    if (isAsciiLetter(c)) return c <= 90;
    if (c >= 128 && !isKnownPunctuation(c)) return STARTS_UPPER.test(quoted);
  }
  return false;
}

/**
 * The last visible character before the opening mark, on the same paragraph, looking through a
 * closing mark (“Fox and Friends.” “I mean, …).
 */
function charBefore(text: string, q: QuotedSpan): string {
  let i = q.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || CLOSING_MARKS.test(text[i]!))) i--;
  return i < 0 ? '\n' : text[i]!;
}

/** The sentence goes on after the closing mark: "…” against what the campaign sees as …". */
export function continuesSentence(text: string, q: Pick<QuotedSpan, 'closed' | 'after'>): boolean {
  if (!q.closed) return false;
  // the first word after the mark starts in lower case: LOWER_CASE_AFTER within the next 40 characters
  const end = Math.min(text.length, q.after + 40);
  for (let i = q.after; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) continue;
    return c < 128 ? c >= 97 && c <= 122 : LOWER_CASE_AFTER.test(text.slice(q.after, q.after + 40));
  }
  return false;
}

const TITLE_WORD = /[\p{L}][\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'is', 'by', 'with', 'from', 'as']);

/** A headline or title in Title Case: “Legend in the Coal Fields.” */
export function isTitleCase(quoted: string): boolean {
  if (quoted.length > 120) return false;
  // the words of TITLE_WORD: each capitalised or a small word, two to ten of them, two capitalised at least
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < quoted.length; ) {
    const c = quoted.charCodeAt(i);
    if (c >= 128 && !isKnownPunctuation(c)) return isTitleCaseByRegex(quoted);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < quoted.length; i++) {
      const d = quoted.charCodeAt(i);
      if (isAsciiLetter(d) || d === 39 || d === 45 || d === 0x2019) continue;
      if (d >= 128 && !isKnownPunctuation(d)) return isTitleCaseByRegex(quoted);
      break;
    }
    words++;
    if (c <= 90) capitalised++;
    else if (i - start > 4 || !SMALL_WORDS.has(quoted.slice(start, i))) return false;
  }
  return words >= 2 && words <= 10 && capitalised >= 2;
}

function isTitleCaseByRegex(quoted: string): boolean {
  const words = quoted.match(TITLE_WORD) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w) => CAPITALISED.test(w) || SMALL_WORDS.has(w)) && words.filter((w) => CAPITALISED.test(w)).length >= 2;
}

const WORD_BEFORE = /(?<word>[\p{L}’']+)[\s\u00a0]*$/u;
const TITLE_LEADS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...ARTICLES]);

/**
 * The opening mark follows a word that makes the quote a name: a preposition, an article or a
 * possessive (on CBS's “Face the Nation,” in “The Morning Show,”).
 */
function namedAfterWord(text: string, q: QuotedSpan): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, q.open - 24), q.open))?.groups?.word;
  if (!word) return false;
  const lower = word.toLowerCase();
  return TITLE_LEADS.has(lower) || lower.endsWith('’s') || lower.endsWith("'s");
}

export interface QuoteContext {
  /** A quote kept earlier in the same paragraph. */
  followsQuote: boolean;
}

export function isDirectQuote(text: string, q: QuotedSpan, attribution: Attribution | null, context: QuoteContext = { followsQuote: false }): boolean {
  const quoted = text.slice(q.start, q.end);
  const words = wordCount(quoted);
  if (words === 0) return false;
  const tagAfter = attribution?.position === 'after' || attribution?.position === 'inverted' || attribution?.position === 'according';
  if (!tagAfter && continuesSentence(text, q)) return false;
  if ((!attribution || attribution.position === 'subject' || namedAfterWord(text, q)) && isTitleCase(quoted)) return false;
  const opensUpper = startsUpper(quoted);
  const before = charBefore(text, q);
  const afterTag = before === ':' || before === ',' || before === '\n' || before === '\r' || before === '—' || before === '–';
  const sentenceStart = afterTag || SENTENCE_END.test(before) || q.startsParagraph;
  const tagEnding = TAG_ENDINGS.test(quoted) || ENDS_SENTENCE.test(quoted);
  if (attribution) {
    if (attribution.position === 'after' || attribution.position === 'inverted') {
      // "…,” he said: the tag follows a quote that reads as a sentence.
      if (tagEnding && (opensUpper || sentenceStart)) return true;
      return sentenceStart && words >= MIN_WORDS_UNTAGGED;
    }
    // Tag before the quote: "He said: “…" or "said, “…".
    if (afterTag) return opensUpper || words >= MIN_WORDS_UNTAGGED;
    return opensUpper && words >= MIN_WORDS_UNTAGGED && tagEnding;
  }
  // No tag: a whole sentence standing on its own, most often the next words of the last speaker.
  return sentenceStart && opensUpper && (words >= MIN_WORDS_UNTAGGED || context.followsQuote);
}
