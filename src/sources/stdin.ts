import { Readable } from 'node:stream';
import { readBounded } from './bounded-read.js';
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
  // read with a file's limits, stopping at them: an endless pipe (`cat /dev/zero |`) ends there
  let bytes: Buffer = Buffer.alloc(0);
  let failure: unknown;
  try {
    bytes = await readBounded(Readable.from(replay(), { objectMode: false }), 'standard input', maxBytes);
  } catch (err) {
    failure = err;
  }
  yield {
    id: 'stdin',
    source: { kind: 'stdin' },
    read: async () => {
      if (failure) throw failure;
      return rawFromBytes(bytes, 'standard input', resolved);
    },
  };
}
