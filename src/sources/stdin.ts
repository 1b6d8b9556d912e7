import { Readable } from 'node:stream';
import { readBounded } from './bounded-read.js';
import { rawFromBytes } from './files.js';
import { InputError } from '../errors.js';
import { failingInput } from './article-object.js';
import { collectionInputs } from './collections.js';
import { isCollectionFormat, looksLikeJsonArray, looksLikeNdjson, type InputFormat } from './formats.js';
import { ungzipped } from './gzip.js';
import { peekStream } from './peek.js';
import type { InputItem } from './source.js';
import type { ColumnNames } from './table-articles.js';

/**
 * Standard input: an NDJSON stream (one input a line, processed as lines arrive, the contract for
 * running under GNU parallel --pipe or Spark's pipe()), or one text or HTML article.
 * Under `auto`, the first bytes decide: an object means NDJSON.
 */
export async function* inputsFromStdin(stdin: Readable, format: InputFormat, maxBytes: number, columns?: ColumnNames): AsyncGenerator<InputItem> {
  try {
    yield* stdinInputs(stdin, format, maxBytes, columns);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield failingInput('stdin', { kind: 'stdin' }, err); // gzip that breaks off: what came before stays
  }
}

async function* stdinInputs(stdin: Readable, format: InputFormat, maxBytes: number, columns?: ColumnNames): AsyncGenerator<InputItem> {
  const input = ungzipped(stdin, 'standard input'); // gzip, by its first bytes, is read decompressed
  const { headText, replay } = format === 'auto' ? await peekStream(input) : { headText: '', replay: () => input };
  const resolved = format === 'auto' ? (looksLikeNdjson(headText) ? 'ndjson' : looksLikeJsonArray(headText) ? 'json' : undefined) : format;
  if (isCollectionFormat(resolved)) {
    yield* collectionInputs(replay(), resolved, { maxBytes, ...(columns ? { columns } : {}) });
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
