import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { SourceRef } from '../record/types.js';
import { articleJsonInput, failingInput } from './article-object.js';
import { readLines } from './lines.js';
import type { InputItem } from './source.js';

export { failingInput } from './article-object.js';

type Crypto = typeof import('node:crypto');
let cryptoModule: Crypto | undefined;
/**
 * SHA-1 in hex, with node:crypto loaded at the first line read from standard input, since files and
 * articles never pay for its start-up. Required, not imported, so naming a line stays synchronous.
 */
function sha1Hex(s: string): string {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return cryptoModule.createHash('sha1').update(s).digest('hex');
}

/**
 * Turns one NDJSON line into an input (article-object.ts). A line that is not such an object still
 * becomes an input, whose read fails, so that it gives an error record in its place and the rest of
 * the stream goes on.
 */
export function ndjsonLineInput(line: string, lineNo: number, origin: { path?: string; maxBytes: number }): InputItem {
  // From a file, a line is named by its place. From standard input it is named by its content, so
  // that a stream split into parts (GNU parallel --pipe, Hadoop Streaming, Spark's pipe()) gives,
  // concatenated, exactly the output of one run over the whole stream.
  const where = origin.path ? `${origin.path}:${lineNo}` : `stdin-${sha1Hex(line).slice(0, 12)}`;
  const source: SourceRef = origin.path ? { kind: 'ndjson', path: origin.path, line: lineNo } : { kind: 'ndjson' };
  if (Buffer.byteLength(line, 'utf8') > origin.maxBytes) {
    return failingInput(where, source, new InputError('TOO_LARGE', `NDJSON line ${where} is over ${origin.maxBytes} bytes (--max-bytes)`));
  }
  return articleJsonInput(line, where, source, `line ${where}`);
}

/** Where NDJSON lines come from: a file (lines named by place) or standard input (by content). */
export interface NdjsonOrigin {
  path?: string;
  maxBytes: number;
}

/** The input standing for a line over --max-bytes, which is skipped without being held. */
function tooLongLine(lineNo: number, origin: NdjsonOrigin): InputItem {
  if (!origin.path) {
    // its content is not held, so it is named by its place: each such line keeps an id of its own
    const id = `stdin-too-long-${lineNo}`;
    return failingInput(id, { kind: 'ndjson', line: lineNo }, new InputError('TOO_LARGE', `NDJSON line ${lineNo} of standard input is over ${origin.maxBytes} bytes (--max-bytes)`));
  }
  const where = `${origin.path}:${lineNo}`;
  return failingInput(where, { kind: 'ndjson', path: origin.path, line: lineNo }, new InputError('TOO_LARGE', `NDJSON line ${where} is over ${origin.maxBytes} bytes`));
}

/**
 * The inputs of an NDJSON stream, one a line, as the lines arrive. `ofLine` turns a line into its
 * item (an article input by default; summarize keeps a line that is already a record as it is).
 */
export async function* ndjsonInputs<T = InputItem>(
  stream: AsyncIterable<Buffer | string>,
  origin: NdjsonOrigin,
  ofLine: (text: string, lineNo: number) => T | InputItem = (text, lineNo) => ndjsonLineInput(text, lineNo, origin),
): AsyncGenerator<T | InputItem> {
  for await (const line of readLines(stream, origin.maxBytes)) yield 'tooLong' in line ? tooLongLine(line.lineNo, origin) : ofLine(line.text, line.lineNo);
}
