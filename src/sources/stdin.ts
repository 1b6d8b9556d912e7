import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { rawFromBytes } from './files.js';
import { looksLikeNdjson, type InputFormat } from './formats.js';
import { readLines } from './lines.js';
import { failingInput, ndjsonLineInput } from './ndjson.js';
import type { InputItem } from './source.js';

/**
 * Standard input: an NDJSON stream (one input a line, processed as lines arrive, the contract for
 * running under GNU parallel --pipe or Spark's pipe()), or one text or HTML article.
 * Under `auto`, the first bytes decide: an object means NDJSON.
 */
export async function* inputsFromStdin(stdin: Readable, format: InputFormat, maxBytes: number): AsyncGenerator<InputItem> {
  const iterator = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headText = '';
  let done = false;
  while (format === 'auto' && headText.trim() === '' && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      head.push(next.value);
      headText += next.value.toString('utf8');
    }
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const resolved = format === 'auto' ? (looksLikeNdjson(headText) ? 'ndjson' : undefined) : format;
  if (resolved === 'ndjson') {
    for await (const line of readLines(replay(), maxBytes)) {
      yield 'tooLong' in line
        ? failingInput(`stdin-too-long`, { kind: 'ndjson' }, new InputError('TOO_LARGE', `an NDJSON line on standard input is over ${maxBytes} bytes (--max-bytes)`))
        : ndjsonLineInput(line.text, line.lineNo, { maxBytes });
    }
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of replay()) {
    size += chunk.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  yield {
    id: 'stdin',
    source: { kind: 'stdin' },
    read: async () => {
      if (tooLarge) throw new InputError('TOO_LARGE', `standard input is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
      return rawFromBytes(bytes, 'standard input', resolved);
    },
  };
}
