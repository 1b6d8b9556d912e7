import { readFrame, type ArticleFrame } from './frame.js';
import { Lines } from './lines.js';
import { CodePointIndex } from './offsets.js';
import { quotedSpans, scanQuotes, type QuotedSpan } from './quotes.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import type { Span } from './span.js';
import { lowerWordsIn, tokenIndexAt, tokenize, type Token } from './tokens.js';
import { tokensAfter, tokensBefore } from './windows.js';

export interface DocumentMeta {
  id?: string;
  title?: string;
  /** ISO 8601 date or date-time: the reference for relative dates. */
  published?: string;
}

/**
 * An article's text prepared once for every extractor: a code point index for the record, and
 * the text layer (paragraphs and sentences as spans of UTF-16 indices, tokens, quoted passages,
 * lines), each made on first use and shared; docs/text-layer.md describes it. compromise parses
 * only the short spans grammar.ts is asked about, so no extractor pays for a parse of the whole text.
 */
export class Document {
  readonly offsets: CodePointIndex;
  // What is made once per document lives on the document, never in a module-level WeakMap keyed
  // by it: a WeakMap's values outlive their key by a collection (docs/text-layer.md).
  private paragraphCache: Span[] | undefined = undefined;
  private sentenceCache: Span[] | undefined = undefined;
  private tokenCache: Token[] | undefined = undefined;
  private lowerWordCache: Set<string> | undefined = undefined;
  private quoteCache: QuotedSpan[] | undefined = undefined;
  private quotedSpanCache: Span[] | undefined = undefined;
  private lineCache: Lines | undefined = undefined;
  private frameCache: ArticleFrame | undefined = undefined;

  constructor(
    readonly text: string,
    readonly meta: DocumentMeta = {},
  ) {
    this.offsets = new CodePointIndex(text);
  }

  /** The paragraphs: runs of text between line breaks, trimmed (see sentences.ts). */
  get paragraphs(): Span[] {
    return (this.paragraphCache ??= splitParagraphs(this.text));
  }

  /** The sentences, within paragraphs (see sentences.ts). */
  get sentences(): Span[] {
    return (this.sentenceCache ??= splitSentences(this.text, this.paragraphs));
  }

  /** The words and marks of the text (see tokens.ts), made on first use and shared. */
  get tokens(): Token[] {
    return (this.tokenCache ??= tokenize(this.text));
  }

  /**
   * Lets the tokens go once no extractor still to run reads them (Extractor.readsTokens); a later
   * read makes them again.
   */
  releaseTokens(): void {
    this.tokenCache = undefined;
  }

  /** Index of the first of `tokens` that ends after `pos` (tokens.length when none does). */
  tokenIndexAt(pos: number): number {
    return tokenIndexAt(this.tokens, pos);
  }

  /** Up to `max` window words (see windows.ts) right before `pos`, not before `limit`, nearest first. */
  wordsBefore(pos: number, limit: number, max: number): Token[] {
    return tokensBefore(this.text, pos, limit, max);
  }

  /** Up to `max` window words from `pos` on, not past `limit`. */
  wordsAfter(pos: number, limit: number, max: number): Token[] {
    return tokensAfter(this.text, pos, limit, max);
  }

  /** The words the text writes in lower case somewhere. */
  get lowerWords(): Set<string> {
    return (this.lowerWordCache ??= lowerWordsIn(this.tokens));
  }

  /** The quoted passages of the text (see quotes.ts), in order. */
  get quotes(): QuotedSpan[] {
    return (this.quoteCache ??= scanQuotes(this.text));
  }

  /**
   * The spans from an opening mark to the closing mark it pairs with, within a paragraph: the
   * stricter reading that keeps a name inside a quote apart from the narrative's (see quotes.ts).
   */
  get quotedSpans(): Span[] {
    return (this.quotedSpanCache ??= quotedSpans(this.text));
  }

  /** The lines of the text, with the headline checks asked of them. */
  get lines(): Lines {
    return (this.lineCache ??= new Lines(this.text));
  }

  /** The article's layout: headline, lead, dateline and each paragraph's role and label (see frame.ts). */
  get frame(): ArticleFrame {
    return (this.frameCache ??= readFrame(this.text, this.paragraphs));
  }

  get published(): string | undefined {
    return this.meta.published;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Index of the sentence holding a UTF-16 position, or -1 (binary search). */
  sentenceIndexAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  sentenceAt(pos: number): Span | undefined {
    const i = this.sentenceIndexAt(pos);
    return i >= 0 ? this.sentences[i] : undefined;
  }
}
