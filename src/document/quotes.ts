import { alternation } from '../language/alternation.js';
import { AFTER_QUOTE_VERBS } from '../language/speech.js';
import type { Span } from './span.js';

/**
 * Finds quoted passages on the raw text with one linear scan over its characters, before any
 * sentence splitting (sentence splitters cut inside quotes). A regular expression pairing marks
 * would backtrack across thousands of unmatched marks; this scan never looks back, and looks
 * ahead at most one paragraph.
 */

/**
 * Whether ''…'' (two apostrophes for a double mark, as in some archive feeds) delimits quotes.
 * Off: the public benchmark's gold leaves such documents unannotated (docs/text-layer.md has the
 * figures); turn on for corpora that use it.
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
const LETTER_START = /^[\p{L}\p{M}]/u;
const SPACE = /\s/;
const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);
const isNewline = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';

/** text[i], or undefined outside the text, without reading out of bounds (docs/text-layer.md). */
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

/** Which way a mark faces: what stands outside it (before an opening mark, after a closing one). */
interface MarkSide {
  /** -1: the outside is before the mark; 1: after it. */
  outward: -1 | 1;
  /** The guillemet that only ever faces this way. */
  guillemet: string;
  outside: RegExp;
  /** Glyphs whose shape says they face this way. */
  glyphs: ReadonlySet<string>;
}

const OPENING: MarkSide = { outward: -1, guillemet: '«', outside: BEFORE_OPEN, glyphs: OPENING_GLYPHS };
const CLOSING: MarkSide = { outward: 1, guillemet: '»', outside: AFTER_CLOSE, glyphs: CLOSING_GLYPHS };

/** Whether the mark at i may face this way: text on its inside, and space, punctuation or a mark outside. */
function canFace(text: string, i: number, side: MarkSide): boolean {
  const outer = charAt(text, i + side.outward);
  const inner = charAt(text, i - side.outward);
  // Guillemets only ever face one way, and French sets them off with spaces: « Oui ».
  if (text[i] === side.guillemet) return inner !== undefined && !isNewline(inner);
  if (inner === undefined || isSpace(inner)) return false;
  if (outer === undefined || side.outside.test(outer) || familyOf(outer) !== null) return true;
  // A glyph that can only open ("said:“Hello") opens wherever its inside is text; so for closing.
  return side.glyphs.has(text[i]!) && !isLetterOrDigit(outer);
}

const canOpen = (text: string, i: number): boolean => canFace(text, i, OPENING);
const canClose = (text: string, i: number): boolean => canFace(text, i, CLOSING);

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

/**
 * The state of one scan: the quote open (if any), its family and style, and the spans found so far.
 * Each mark and line break is read by one method, which returns where the scan goes on.
 */
class QuoteScan {
  readonly found: QuotedSpan[] = [];
  private open = -1;
  private family: MarkFamily = 'double';
  private startsParagraph = false;
  private multiParagraph = false;
  private style: MarkStyle = 'straight';
  private nested: MarkStyle | null = null;

  constructor(private readonly text: string) {}

  /** Ends the open quote at `end`, trimmed of white space so that its text is the words, not the padding. */
  emit(end: number, after: number, closed: boolean): void {
    const text = this.text;
    let s = this.open + 1;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) {
      const { open, family, startsParagraph, multiParagraph } = this;
      this.found.push({ start: s, end: e, open, after, family, closed, startsParagraph, multiParagraph });
    }
    this.open = -1;
  }

  finish(): QuotedSpan[] {
    if (this.open >= 0) this.emit(this.text.length, this.text.length, false);
    return this.found;
  }

  private begin(i: number): void {
    this.open = i;
    this.startsParagraph = lineStartBefore(this.text, i);
    this.multiParagraph = false;
  }

  /**
   * A quote open at the end of a paragraph continues when the next paragraph re-opens it (the
   * multi-paragraph convention) or closes it (a quote written across a line break); otherwise it
   * ends with its paragraph, and never swallows the rest of the article.
   */
  lineBreak(i: number): number {
    if (this.open < 0) return i;
    const text = this.text;
    this.nested = null;
    const k = nextVisible(text, i);
    if (k >= text.length) {
      this.emit(i, i, false);
      return i;
    }
    if (familyOf(text[k]!) === this.family && canOpen(text, k) && !canClose(text, k)) {
      this.multiParagraph = true;
      return k;
    }
    if (paragraphClosesQuote(text, k, paragraphEnd(text, k), this.family)) {
      this.multiParagraph = true;
      return k - 1;
    }
    this.emit(i, i, false);
    return i;
  }

  mark(i: number): number {
    const text = this.text;
    const ch = text[i]!;
    const fam = familyOf(ch);
    if (fam === null) return i;
    // ''…'': two apostrophes standing for a double mark, the convention of some wire feeds.
    if (ch === "'" && charAt(text, i + 1) === "'" && !DOUBLED_APOSTROPHE_IS_QUOTE) return i + 1;
    if (fam === 'single' && isApostrophe(text, i) && !this.closesOnPossessive(i)) return i;
    const opens = canOpen(text, i);
    const closes = canClose(text, i);
    if (this.open < 0) {
      if (opens && (!closes || !CLOSING_GLYPHS.has(ch))) {
        this.begin(i);
        this.family = fam;
        this.style = styleOf(ch);
        this.nested = null;
      }
    } else if (fam === this.family) this.markInside(i, opens, closes);
    // a nested quote of the other family is part of the text
    return i;
  }

  /** s’ closing a single-quoted passage: ‘Thousands of Shootings’ in Chicago. */
  private closesOnPossessive(i: number): boolean {
    const text = this.text;
    const prev = charAt(text, i - 1);
    const possessive = this.open >= 0 && this.family === 'single' && (prev === 's' || prev === 'S') && charAt(text, i + 1) === ' ';
    return possessive && closesAfterAll(text, i);
  }

  /** A mark of the open quote's family, inside it. */
  private markInside(i: number, opens: boolean, closes: boolean): void {
    const st = styleOf(this.text[i]!);
    if (this.nested) {
      // Inside a nested quote of the other style ("…on “Shark Tank.” But…"): only its closer counts.
      if (st === this.nested && closes) this.nested = null;
      else if (st !== this.nested && closes && !opens) {
        this.nested = null;
        this.emit(i, i + 1, true);
      }
    } else if (st !== this.style && opens && !closes) {
      this.nested = st;
    } else if (closes && (!opens || !OPENING_GLYPHS.has(this.text[i]!) || !isLetterOrDigit(charAt(this.text, i + 1)))) {
      this.emit(i, i + 1, true);
    } else if (opens && !closes) {
      // A new opening mark while one is open: the earlier mark was never closed. Its words are
      // lost rather than guessed; the new mark starts the quote.
      this.begin(i);
    }
  }
}

export function scanQuotes(text: string): QuotedSpan[] {
  const scan = new QuoteScan(text);
  // Jump from one mark or line break to the next: most of the text is neither.
  for (let i = 0; i < text.length; i++) {
    INTERESTING.lastIndex = i;
    if (!INTERESTING.test(text)) break; // test(), not exec(): no match array a mark
    i = INTERESTING.lastIndex - 1;
    i = isNewline(text[i]) ? scan.lineBreak(i) : scan.mark(i);
  }
  return scan.finish();
}

/**
 * The spans of text inside quotation marks, so that a pronoun or a name inside a quote is not
 * taken for the person the narrative speaks of. Double marks pair within a paragraph; a single
 * opening mark pairs with the next closing one that is not an apostrophe inside a word.
 * The marks are found by MARKS.test(), which makes no match arrays, and compared as character codes.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openCh = 0;
  MARKS.lastIndex = 0;
  while (MARKS.test(text)) {
    const i = MARKS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c === LEFT_DOUBLE || c === 34 || c === LEFT_GUILLEMET || c === LOW_DOUBLE) {
        open = i;
        openCh = c;
      } else if (c === LEFT_SINGLE && !(i > 0 && LETTER_OR_DIGIT.test(text[i - 1]!))) {
        open = i;
        openCh = c;
      }
    } else {
      // the character after ’ bounds-checked, as the one before ‘ above (docs/text-layer.md)
      const closes =
        (openCh === LEFT_DOUBLE && c === RIGHT_DOUBLE) ||
        (openCh === LOW_DOUBLE && (c === LEFT_DOUBLE || c === RIGHT_DOUBLE)) ||
        (openCh === LEFT_GUILLEMET && c === RIGHT_GUILLEMET) ||
        (openCh === 34 && c === 34) ||
        (openCh === LEFT_SINGLE && c === RIGHT_SINGLE && !(i + 1 < text.length && LETTER_START.test(text[i + 1]!)));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  return out;
}

const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LOW_DOUBLE = 0x201e; // „
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »

const MARKS = /["“”«»„‘’\n]/g;

