/**
 * Finds quoted passages on the raw text with one linear scan over its characters, before any
 * sentence splitting (sentence splitters cut inside quotes). A regular expression pairing marks
 * would backtrack across thousands of unmatched marks; this scan never looks back, and looks
 * ahead at most one paragraph.
 */
import { alternation } from '../../language/alternation.js';
import { AFTER_QUOTE_VERBS } from '../../language/speech.js';

/**
 * Whether ''…'' (two apostrophes for a double mark, as in some archive feeds) delimits quotes.
 * Off: the public benchmark's gold leaves such documents unannotated, so reading them costs
 * precision there (dev span precision 82.6% with, 91% without); turn on for corpora that use it.
 */
export const DOUBLED_APOSTROPHE_IS_QUOTE = false;

export type MarkFamily = 'double' | 'single';

export interface QuotedSpan {
  /** First character inside the opening mark. */
  start: number;
  /** Index of the closing mark (or the end of the paragraph when the quote is never closed). */
  end: number;
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark; equals `end` for an unclosed quote. */
  after: number;
  family: MarkFamily;
  closed: boolean;
  /** The quote starts a paragraph (only white space before its opening mark). */
  startsParagraph: boolean;
  /** The quote spans more than one paragraph. */
  multiParagraph: boolean;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟', '〝', '〞', '＂']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›', '‛']);
/** Marks whose glyph says "opening"; the others open only from an opening position. */
const OPENING_GLYPHS = new Set(['“', '„', '«', '‟', '〝', '‘', '‚', '‹', '‛']);
const CLOSING_GLYPHS = new Set(['”', '»', '〞', '’', '›']);

/** The characters the scan stops at: every quote mark and line breaks. */
const INTERESTING = /[\n\r"'“”„«»‟〝〞＂‘’‚‹›‛]/g;

// Regular expressions of hot functions live at module level: a literal in a function body is a
// new RegExp object at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);
const isNewline = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';

/**
 * text[i], or undefined outside the text, without reading out of bounds: such a read makes V8
 * throw away the optimised scanner once for every place it happens.
 */
const charAt = (text: string, i: number): string | undefined => (i >= 0 && i < text.length ? text[i] : undefined);

type MarkStyle = 'straight' | 'curly' | 'angle';
/** Straight, curly and angle marks nest inside each other: "…on “Shark Tank.” But…". */
function styleOf(ch: string): MarkStyle {
  if (ch === '"' || ch === "'" || ch === '＂') return 'straight';
  if (ch === '«' || ch === '»' || ch === '‹' || ch === '›') return 'angle';
  return 'curly';
}

function familyOf(ch: string): MarkFamily | null {
  if (DOUBLE_MARKS.has(ch)) return 'double';
  if (SINGLE_MARKS.has(ch)) return 'single';
  return null;
}

/** Characters that may stand right before an opening mark: space, brackets, dashes, colon. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-:\/]/u;
/** Characters that may stand right after a closing mark. */
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013\-…\/]/u;

const DIGIT = /\d/;
/** '90s */
const DECADE = /^\d\ds\b/;
/** 'em, 'til, 'cause, 'tis, 'twas, 'n */
const ELIDED_START = /^(?:em|til|cause|tis|twas|n)\b/i;
const N_WORD = /^n\w/i;
const LOWER_WORD_AFTER = /^ [a-z]/;
const SPEECH_TAG_AFTER = new RegExp(`^ (?:${alternation(AFTER_QUOTE_VERBS)}|he|she|they|the|a|an|according)\\b`);

/**
 * An apostrophe, not a quote mark: inside a word (governor’s, don't), before a decade or a
 * clipped word (’90s, 'em), the ’n’ of rock ’n’ roll, or after a plural possessive
 * (the governors’ offices).
 */
export function isApostrophe(text: string, i: number): boolean {
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return true;
  if (DIGIT.test(next ?? '') && DECADE.test(text.slice(i + 1, i + 5))) return true;
  if (isSpace(prev) && ELIDED_START.test(text.slice(i + 1, i + 7)) && !N_WORD.test(text.slice(i + 1, i + 3))) {
    return true;
  }
  // The closing half of ’n’: "rock ’n’ roll".
  if (prev === 'n' && SINGLE_MARKS.has(charAt(text, i - 2) ?? '') && isSpace(charAt(text, i - 3))) return true;
  // A plural possessive: s’ followed by a lower-case word ("the governors’ offices").
  if ((prev === 's' || prev === 'S') && next === ' ' && LOWER_WORD_AFTER.test(text.slice(i + 1, i + 3))) {
    return !SPEECH_TAG_AFTER.test(text.slice(i + 1, i + 14));
  }
  return false;
}

/**
 * Inside a single-quoted passage, s’ before a lower-case word still closes it when no other
 * closing mark follows soon on the same line: ‘Thousands of Shootings’ in Chicago.
 */
function closesAfterAll(text: string, i: number): boolean {
  const limit = Math.min(text.length, i + 300);
  for (let k = i + 1; k < limit; k++) {
    const ch = text[k]!;
    if (isNewline(ch)) return true;
    if ((ch === '’' || ch === "'") && !isApostrophe(text, k) && canClose(text, k)) return false;
  }
  return true;
}

function canOpen(text: string, i: number): boolean {
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  // Guillemets only ever open one way round, and French sets them off with spaces: « Oui ».
  if (text[i] === '«') return next !== undefined && !isNewline(next);
  if (next === undefined || isSpace(next)) return false;
  if (prev === undefined || BEFORE_OPEN.test(prev) || familyOf(prev) !== null) return true;
  // A glyph that can only open ("said:“Hello") opens wherever its next character is text.
  return OPENING_GLYPHS.has(text[i]!) && !isLetterOrDigit(prev);
}

function canClose(text: string, i: number): boolean {
  const prev = charAt(text, i - 1);
  const next = charAt(text, i + 1);
  if (text[i] === '»') return prev !== undefined && !isNewline(prev);
  if (prev === undefined || isSpace(prev)) return false;
  if (next === undefined || AFTER_CLOSE.test(next) || familyOf(next) !== null) return true;
  return CLOSING_GLYPHS.has(text[i]!) && !isLetterOrDigit(next);
}

function paragraphEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isNewline(text[i])) i++;
  return i;
}

/** Index of the first non-space character at or after `from`, crossing line breaks. */
function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function lineStartBefore(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j]) && !isNewline(text[j])) j--;
  return j < 0 || isNewline(text[j]);
}

/**
 * Whether the paragraph from `from` to `end` closes a quote of this family before opening
 * another one: then a quote left open at a line break continues into it.
 */
function paragraphClosesQuote(text: string, from: number, end: number, family: MarkFamily): boolean {
  for (let i = from; i < end; i++) {
    const ch = text[i]!;
    if (familyOf(ch) !== family) continue;
    if (family === 'single' && isApostrophe(text, i)) continue;
    const opens = canOpen(text, i);
    const closes = canClose(text, i);
    if (closes && (!opens || CLOSING_GLYPHS.has(ch))) return true;
    if (opens && !closes) return false;
  }
  return false;
}

export function scanQuotes(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1;
  let family: MarkFamily = 'double';
  let startsParagraph = false;
  let multiParagraph = false;
  let style: MarkStyle = 'straight';
  let nested: MarkStyle | null = null;

  const emit = (end: number, after: number, closed: boolean) => {
    // Trim white space at the ends so that the text is the words, not the padding.
    let s = open + 1;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, open, after, family, closed, startsParagraph, multiParagraph });
    open = -1;
  };

  // Jump from one mark or line break to the next: most of the text is neither.
  const interesting = INTERESTING;
  for (let i = 0; i < text.length; i++) {
    interesting.lastIndex = i;
    if (!interesting.test(text)) break; // test(), not exec(): no match array a mark
    i = interesting.lastIndex - 1;
    const ch = text[i]!;
    if (isNewline(ch)) {
      if (open < 0) continue;
      nested = null;
      // A quote open at the end of a paragraph continues when the next paragraph re-opens it (the
      // multi-paragraph convention) or closes it (a quote written across a line break);
      // otherwise it ends with its paragraph, and never swallows the rest of the article.
      const k = nextVisible(text, i);
      if (k >= text.length) {
        emit(i, i, false);
        continue;
      }
      if (familyOf(text[k]!) === family && canOpen(text, k) && !canClose(text, k)) {
        multiParagraph = true;
        i = k;
        continue;
      }
      const pe = paragraphEnd(text, k);
      if (paragraphClosesQuote(text, k, pe, family)) {
        multiParagraph = true;
        i = k - 1;
        continue;
      }
      emit(i, i, false);
      continue;
    }
    const fam = familyOf(ch);
    if (fam === null) continue;
    if (ch === "'" && charAt(text, i + 1) === "'") {
      // ''…'': two apostrophes standing for a double mark, the convention of some wire feeds.
      if (!DOUBLED_APOSTROPHE_IS_QUOTE) {
        i++;
        continue;
      }
    }
    if (fam === 'single' && isApostrophe(text, i)) {
      const possessive = open >= 0 && family === 'single' && (charAt(text, i - 1) === 's' || charAt(text, i - 1) === 'S') && charAt(text, i + 1) === ' ';
      if (!possessive || !closesAfterAll(text, i)) continue;
    }
    const opens = canOpen(text, i);
    const closes = canClose(text, i);
    if (open < 0) {
      if (opens && (!closes || !CLOSING_GLYPHS.has(ch))) {
        open = i;
        family = fam;
        style = styleOf(ch);
        nested = null;
        startsParagraph = lineStartBefore(text, i);
        multiParagraph = false;
      }
      continue;
    }
    if (fam !== family) continue; // a nested quote of the other family is part of the text
    const st = styleOf(ch);
    if (nested) {
      // Inside a nested quote of the other style ("…on “Shark Tank.” But…"): only its closer counts.
      if (st === nested && closes) nested = null;
      else if (st !== nested && closes && !opens) {
        nested = null;
        emit(i, i + 1, true);
      }
      continue;
    }
    if (st !== style && opens && !closes) {
      nested = st;
      continue;
    }
    if (closes && (!opens || !OPENING_GLYPHS.has(ch) || !isLetterOrDigit(charAt(text, i + 1)))) {
      emit(i, i + 1, true);
      continue;
    }
    if (opens && !closes) {
      // A new opening mark while one is open: the earlier mark was never closed. Its words are
      // lost rather than guessed; the new mark starts the quote.
      open = i;
      startsParagraph = lineStartBefore(text, i);
      multiParagraph = false;
    }
  }
  if (open >= 0) emit(text.length, text.length, false);
  return out;
}
