import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import { rawFromBytes } from './files.js';
import { looksLikeNdjson, type InputFormat } from './formats.js';
import { peekStream } from './peek.js';
import { ndjsonInputs } from './ndjson.js';
import type { InputItem } from './source.js';

/**
 * Standard input: an NDJSON stream (one input a line, processed as lines arrive, the contract for
 * running under GNU parallel --pipe or Spark's pipe()), or one text or HTML article.
 * Under `auto`, the first bytes decide: an object means NDJSON.
 */
export async function* inputsFromStdin(stdin: Readable, format: InputFormat, maxBytes: number): AsyncGenerator<InputItem> {
  const { headText, replay } = format === 'auto' ? await peekStream(stdin) : { headText: '', replay: () => stdin as AsyncIterable<Buffer | string> };
  const resolved = format === 'auto' ? (looksLikeNdjson(headText) ? 'ndjson' : undefined) : format;
  if (resolved === 'ndjson') {
    yield* ndjsonInputs(replay(), { maxBytes });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of replay()) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(bytes);
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
