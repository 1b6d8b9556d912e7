/**
 * Tells a direct quote from a quoted fragment inside paraphrase (called it a “brazen breach”), a
 * title or a scare quote. A direct quote reads as someone's own sentence: it opens a paragraph or
 * a sentence, follows a colon or a speech tag, or ends in the comma of a tag that follows.
 */
import type { Attribution } from './attribution.js';
import { TAG_ENDINGS } from './attribution.js';
import type { QuotedSpan } from './marks.js';

const MIN_WORDS_UNTAGGED = 4;

const WORD = /[\p{L}\p{N}]+/gu;

/** Words in a quote, counted up to `cap`: only "none", "few" and "enough" matter here. */
function wordCount(s: string, cap = 8): number {
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
function continuesSentence(text: string, q: QuotedSpan): boolean {
  if (!q.closed) return false;
  // the first word after the mark starts in lower case (a test, not a match: no match arrays)
  return LOWER_CASE_AFTER.test(text.slice(q.after, q.after + 40));
}

/** A headline or title in Title Case: “Legend in the Coal Fields.” */
function isTitleCase(quoted: string): boolean {
  if (quoted.length > 120) return false;
  const words = quoted.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  const small = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|is|by|with|from|as)$/;
  return words.every((w) => /^\p{Lu}/u.test(w) || small.test(w)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
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
  if ((!attribution || attribution.position === 'subject') && isTitleCase(quoted)) return false;
  const startsUpper = STARTS_UPPER.test(quoted);
  const before = charBefore(text, q);
  const afterTag = before === ':' || before === ',' || before === '\n' || before === '\r' || before === '—' || before === '–';
  const sentenceStart = afterTag || SENTENCE_END.test(before) || q.startsParagraph;
  const tagEnding = TAG_ENDINGS.test(quoted) || ENDS_SENTENCE.test(quoted);
  if (attribution) {
    if (attribution.position === 'after' || attribution.position === 'inverted') {
      // "…,” he said: the tag follows a quote that reads as a sentence.
      if (tagEnding && (startsUpper || sentenceStart)) return true;
      return sentenceStart && words >= MIN_WORDS_UNTAGGED;
    }
    // Tag before the quote: "He said: “…" or "said, “…".
    if (afterTag) return startsUpper || words >= MIN_WORDS_UNTAGGED;
    return startsUpper && words >= MIN_WORDS_UNTAGGED && tagEnding;
  }
  // No tag: a whole sentence standing on its own, most often the next words of the last speaker.
  return sentenceStart && startsUpper && (words >= MIN_WORDS_UNTAGGED || context.followsQuote);
}
