import { hasSurrogateIn, LETTER as L_LETTER, MARK as L_MARK, NUMBER as L_NUMBER, SPACE as L_SPACE, unicodeClass } from './letters.js';
import type { Span } from './span.js';
import { fold } from '../language/fold.js';

/** What a token's spelling alone tells: one object per spelling, shared by every token spelled so. */
export interface Spelling {
  readonly text: string;
  /** Lower case; a word without its diacritics (fold), so "José" and "Jose" are one key. */
  readonly lower: string;
  readonly isWord: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case: "VKS", "FBI". */
  readonly allCaps: boolean;
  /** A possessive ending: "'s", "’s" or a lone apostrophe after a plural. */
  readonly poss: boolean;
}

/**
 * A word or mark of the text: of the document's tokens (`Document.tokens`, made here once per
 * document and read by officials and organisations), or of a window around a quote or a number
 * (windows.ts, whose words are coarser). In the document's tokens, possessive endings ("Clinton's")
 * are split off as their own token so that a name's span holds the name alone, and a full stop is
 * always its own token.
 *
 * A token holds only where it starts and its spelling; everything else is read through the
 * spelling. A long article has hundreds of thousands of tokens and a few thousand spellings, so a
 * token of two fields takes half the memory of one that held them all (docs/runtime.md).
 */
export class Token implements Span {
  constructor(
    readonly start: number,
    readonly spelling: Spelling,
  ) {}

  get end(): number {
    return this.start + this.spelling.text.length;
  }

  // what the spelling tells, read through it (Spelling says what each is)
  get text(): string { return this.spelling.text; }
  get lower(): string { return this.spelling.lower; }
  get isWord(): boolean { return this.spelling.isWord; }
  get cap(): boolean { return this.spelling.cap; }
  get allCaps(): boolean { return this.spelling.allCaps; }
  get poss(): boolean { return this.spelling.poss; }
}

// The reference definition of a token: letters with inner hyphens or apostrophes ("Syniehubov",
// "O'Brien"), numbers with inner separators, or one other non-space character. tokenize() below
// follows it by hand on character codes (faster, no match arrays); texts with astral
// characters take this regex, where \p classes and \S count whole code points.
const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

const LETTER = /^[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

// The classes the tokenizer tells apart, from the shared table (letters.ts): letter (with marks),
// digit, space, other. ASCII ones are kept here for the hot loop.
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SPACE = 3;
const C_OTHER = 4;

function classOf(c: number): number {
  const k = unicodeClass(c);
  return k & (L_LETTER | L_MARK) ? C_LETTER : k & L_NUMBER ? C_DIGIT : k & L_SPACE ? C_SPACE : C_OTHER;
}

const classes = new Uint8Array(128);
for (let c = 0; c < 128; c++) classes[c] = classOf(c);

/** The words a text writes in lower case somewhere: common words, whatever case they take elsewhere. */
export function lowerWordsIn(tokens: readonly Token[]): Set<string> {
  const s = new Set<string>();
  for (const t of tokens) if (t.isWord && !t.cap) s.add(t.lower);
  return s;
}

/**
 * The tokens of the text being tokenized, in an array kept from text to text, so that growing it
 * allocates no discarded copies (docs/text-layer.md). take() hands out an exact copy and clears the
 * kept array, which must not hold a finished document's tokens alive.
 */
class TokenList {
  private items: Token[] = [];
  private count = 0;

  /** Empty, whatever a text that failed half-way left. */
  begin(): TokenList {
    this.count = 0;
    return this;
  }

  push(t: Token): void {
    this.items[this.count++] = t;
  }

  get length(): number {
    return this.count;
  }

  last(): Token {
    return this.items[this.count - 1]!;
  }

  take(): Token[] {
    spellings = new Map();
    markSpellings = new Map();
    const tokens = this.items.slice(0, this.count);
    // an exceptionally long text's worth of slots is let go rather than kept for the next text
    if (this.count > KEPT_SLOTS) this.items = [];
    else this.items.fill(PLACEHOLDER, 0, this.count);
    this.count = 0;
    return tokens;
  }
}

const KEPT_SLOTS = 1 << 16;

const PLACEHOLDER = new Token(0, { text: '', lower: '', isWord: false, cap: false, allCaps: false, poss: false });
const list = new TokenList();

export function tokenize(text: string): Token[] {
  if (hasSurrogateIn(text, 0, text.length)) return tokenizeByRegex(text);
  const out = list.begin();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? classes[c]! : classOf(c);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (k === C_LETTER) {
      i = runEnd(text, i + 1, n, C_LETTER);
      pushWord(text, out, start, i);
    } else if (k === C_DIGIT) {
      i = runEnd(text, i + 1, n, C_DIGIT);
      out.push(new Token(start, markSpelling(text.slice(start, i))));
    } else {
      i++;
      pushOther(text, out, start, text[start]!);
    }
  }
  return out.take();
}

/**
 * The end of a run of letters (or of digits) that goes on from `i`: any number of (joiner, letters),
 * where a hyphen or an apostrophe joins letters ("O'Brien") and a dot, comma or colon digits ("1,000").
 */
function runEnd(text: string, i: number, n: number, cls: number): number {
  for (;;) {
    while (i < n && classOfAt(text, i) === cls) i++;
    const j = text.charCodeAt(i);
    const joins = cls === C_LETTER ? j === 45 || j === 39 || j === 0x2019 : j === 46 || j === 44 || j === 58;
    if (joins && i + 1 < n && classOfAt(text, i + 1) === cls) i += 2;
    else return i;
  }
}

function classOfAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? classes[c]! : classOf(c);
}

function pushWord(text: string, out: TokenList, start: number, end: number): void {
  if (end - start > 2) {
    const q = text.charCodeAt(end - 2);
    const s = text.charCodeAt(end - 1);
    if ((q === 39 || q === 0x2019) && (s === 115 || s === 83)) {
      out.push(word(text.slice(start, end - 2), start));
      // one of four strings, written out rather than sliced
      out.push(possessive(q === 39 ? (s === 115 ? "'s" : "'S") : s === 115 ? '’s' : '’S', end - 2));
      return;
    }
  }
  out.push(word(text.slice(start, end), start));
}

function pushOther(text: string, out: TokenList, start: number, w: string): void {
  const c0 = w.charCodeAt(0);
  if ((c0 === 39 || c0 === 0x2019) && w.length === 1 && out.length && isPluralPossessive(text, out.last(), start)) {
    out.push(possessive(w, start));
  } else {
    out.push(new Token(start, markSpelling(w)));
  }
}

/** The reference tokenizer, for texts with characters outside the BMP. */
function tokenizeByRegex(text: string): Token[] {
  const out = list.begin();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const w = m[0];
    const c0 = w.charCodeAt(0);
    const isWord = w.length > 1 ? isLetterStart(w, c0) : LETTER.test(w);
    if (isWord) pushWord(text, out, start, start + w.length);
    else pushOther(text, out, start, w);
  }
  return out.take();
}

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

/**
 * The spellings met in the text being tokenized: words, and numbers and marks (which are no words
 * and are their own lower case). An article repeats a few thousand spellings in hundreds of
 * thousands of tokens, which then share their strings and cases (docs/runtime.md).
 */
let spellings = new Map<string, Spelling>();
let markSpellings = new Map<string, Spelling>();

function spellingOf(w: string): Spelling {
  let s = spellings.get(w);
  if (s === undefined) {
    const c0 = w.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(w);
    s = { text: w, lower: fold(w), isWord: true, cap, allCaps: cap && w.length >= 2 && !hasLower(w), poss: false };
    spellings.set(w, s);
  }
  return s;
}

function markSpelling(w: string): Spelling {
  let s = markSpellings.get(w);
  if (s === undefined) {
    s = { text: w, lower: w, isWord: false, cap: false, allCaps: false, poss: false };
    markSpellings.set(w, s);
  }
  return s;
}

function word(w: string, start: number): Token {
  return new Token(start, spellingOf(w));
}

/** Whether a word holds a lower-case letter. */
export function hasLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(w);
  }
  return false;
}

/** The possessive endings by their text: "'s", "'S", "’s", "’S", and a lone "'" or "’" after a plural. */
const POSSESSIVES = new Map<string, Spelling>(
  ["'s", "'S", '’s', '’S', "'", '’'].map((w) => [w, { text: w, lower: "'s", isWord: false, cap: false, allCaps: false, poss: true }]),
);

function possessive(w: string, start: number): Token {
  return new Token(start, POSSESSIVES.get(w)!);
}

/**
 * Index of the first token that ends after `pos` (tokens.length when none does), by binary search:
 * how an extractor takes the tokens of a window (a sentence, the words before a quote) from the
 * document's tokens instead of tokenizing the window again.
 */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when only spaces or tabs (no line break) separate two tokens. */
export function sameLineGap(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** Index of the first capitalised word at or after token i (tokens.length when there is none). */
export function nextCapitalisedWord(tokens: readonly Token[], i: number): number {
  while (i < tokens.length && !(tokens[i]!.isWord && tokens[i]!.cap)) i++;
  return i;
}
