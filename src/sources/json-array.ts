import { StringDecoder } from 'node:string_decoder';
import { InputError } from '../errors.js';
import type { SourceRef } from '../record/types.js';
import { articleJsonInput, failingInput } from './article-object.js';
import type { InputItem } from './source.js';

/**
 * A top-level value of a JSON file: an element of its array, or its one object (`whole`), as text or,
 * when over the bound, unheld.
 */
export type JsonElement = { index: number; whole: boolean } & ({ text: string } | { tooLarge: true });

/** A file that holds no array or object of articles, with its error's code and what is wrong. */
export type JsonShape = { code: 'EMPTY' | 'BAD_JSON' | 'NO_ARTICLES'; problem: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;

/**
 * Splits a JSON array into its elements' text as the bytes arrive, so a file of any length is read
 * with flat memory: only an element at a time is held, and one over `maxBytes` is skipped unheld.
 * An object at the top is one element. Elements are only delimited here (strings, brackets and
 * commas at depth 0); JSON.parse judges each.
 */
export async function* jsonElements(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<JsonElement | JsonShape> {
  const decoder = new StringDecoder('utf8');
  const scan = new ElementScanner(maxBytes);
  for await (const chunk of stream) {
    yield* scan.feed(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (scan.failed) return;
  }
  yield* scan.feed(decoder.end());
  if (!scan.failed) yield* scan.finish();
}

/** The state of the split between chunks: where in the array it is, and the element so far. */
class ElementScanner {
  failed = false;
  private phase: 'start' | 'between' | 'element' | 'end' = 'start';
  private whole = false;
  private index = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private size = 0;
  private tooLarge = false;

  constructor(private readonly maxBytes: number) {}

  *feed(text: string): Generator<JsonElement | JsonShape> {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.phase === 'element') {
        if (!this.endsElement(c)) continue;
        this.keep(text.slice(from, i));
        yield this.element();
        this.phase = c === CLOSE_BRACKET ? 'end' : 'between';
      } else if (!isSpace(c)) {
        const problem = this.step(c);
        if (problem) {
          this.failed = true;
          yield { code: 'BAD_JSON', problem };
          return;
        }
        from = i;
      }
    }
    if (this.phase === 'element') this.keep(text.slice(from));
  }

  /** A character outside elements: it opens the array, the one object or an element, or is out of place. */
  private step(c: number): string | undefined {
    if (this.phase === 'start') {
      if (c !== OPEN_BRACKET && c !== OPEN_BRACE) return 'is no JSON array or object';
      this.whole = c === OPEN_BRACE;
      this.phase = this.whole ? 'element' : 'between';
    } else if (this.phase === 'end') return 'goes on after its end';
    else if (c === CLOSE_BRACKET) this.phase = 'end';
    else if (c !== COMMA) {
      this.phase = 'element';
      this.depth = c === OPEN_BRACKET || c === OPEN_BRACE ? 1 : 0;
      this.inString = c === QUOTE;
    }
    return undefined;
  }

  /** Whether character `c` of an element ends it: a comma or the array's `]` outside strings and brackets. */
  private endsElement(c: number): boolean {
    if (this.whole) return false; // the one object runs to the end of the file; JSON.parse judges it whole
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
      return false;
    }
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) this.depth++;
    else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      if (this.depth === 0) return true;
      this.depth--;
    } else if (c === COMMA) return this.depth === 0;
    return false;
  }

  private keep(part: string): void {
    if (this.tooLarge || part === '') return;
    this.size += part.length;
    // code units never outnumber UTF-8 bytes; the exact count is taken only near the bound
    if (this.size > this.maxBytes / 3 && Buffer.byteLength(this.parts.join('') + part, 'utf8') > this.maxBytes) {
      this.tooLarge = true;
      this.parts = [];
      return;
    }
    this.parts.push(part);
  }

  private element(): JsonElement {
    const element: JsonElement = this.tooLarge ? { index: this.index, whole: this.whole, tooLarge: true } : { index: this.index, whole: this.whole, text: this.parts.join('') };
    this.index++;
    [this.parts, this.size, this.tooLarge, this.depth, this.inString, this.escaped] = [[], 0, false, 0, false, false];
    return element;
  }

  /** The end of the stream: the one object, or an element cut short, handed on for JSON.parse to judge. */
  *finish(): Generator<JsonElement | JsonShape> {
    if (this.phase === 'element') yield this.element();
    if (this.phase === 'start') yield { code: 'EMPTY', problem: 'holds no JSON value' };
    else if (!this.whole && this.phase !== 'end') yield { code: 'BAD_JSON', problem: 'ends before its closing ]' };
    else if (this.index === 0) yield { code: 'NO_ARTICLES', problem: 'holds an empty array' };
  }
}

/** Where a JSON file's articles come from: a file (named by path) or standard input. */
export interface JsonOrigin {
  path?: string;
  maxBytes: number;
}

/**
 * The articles of a JSON file: one input an element of its array, as NDJSON lines are made (the id
 * an element carries, else its place, `file.json[3]`), or one for a file holding one object (named
 * by the file, as a text file). What holds no articles is one error record for the file.
 */
export async function* jsonArticleInputs(stream: AsyncIterable<Buffer | string>, origin: JsonOrigin): AsyncGenerator<InputItem> {
  const name = origin.path ?? 'stdin';
  const file: SourceRef = { kind: 'json', ...(origin.path ? { path: origin.path } : {}) };
  for await (const element of jsonElements(stream, origin.maxBytes)) {
    if ('problem' in element) {
      yield failingInput(name, { ...file }, new InputError(element.code, `${name} ${element.problem}: expected an array of articles or one article object`));
      continue;
    }
    const where = element.whole ? name : `${name}[${element.index}]`;
    const source: SourceRef = element.whole ? { ...file } : { ...file, index: element.index };
    if ('tooLarge' in element) yield failingInput(where, source, new InputError('TOO_LARGE', `JSON element ${where} is over ${origin.maxBytes} bytes (--max-bytes)`));
    else yield articleJsonInput(element.text, where, source, `element ${where}`);
  }
}
