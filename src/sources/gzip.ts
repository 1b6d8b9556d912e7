import { createRequire } from 'node:module';
import { pipeline } from 'node:stream';
import { InputError } from '../errors.js';

type Zlib = typeof import('node:zlib');
let zlibModule: Zlib | undefined;
/**
 * node:zlib, loaded at the first gzip input: it loads after the launcher's V8 flags, so from source,
 * a few milliseconds that a plain article's first record need not wait for (docs/runtime.md).
 */
const zlib = (): Zlib => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as Zlib);

/** Every gzip stream starts with these two bytes (RFC 1952), whatever its name says. */
export const isGzipBytes = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** A zlib failure as the input's error: data that is not gzip, or cut short. */
function gzipError(err: unknown, name: string): unknown {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && code.startsWith('Z_')) return new InputError('UNREADABLE', `${name} is not valid gzip data: ${(err as Error).message}`);
  return err;
}

/**
 * A whole gzipped article, decompressed in the thread pool. `maxBytes` caps the decompressed size,
 * so a gzip bomb stops there as TOO_LARGE instead of filling memory.
 */
export function gunzipBytes(bytes: Uint8Array, name: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zlib().gunzip(bytes, { maxOutputLength: Math.max(1, maxBytes) }, (err, out) => {
      if (!err) return resolve(out);
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        return reject(new InputError('TOO_LARGE', `${name} is over the limit of ${maxBytes} bytes once decompressed (--max-bytes)`));
      }
      reject(gzipError(err, name));
    }),
  );
}

/**
 * A byte stream decompressed as it comes when it is gzip (its first bytes say so), else as it is:
 * files of many articles (`.ndjson.gz`) and standard input are read this way, with flat memory.
 */
export async function* ungzipped(stream: AsyncIterable<Buffer | string>, name: string): AsyncGenerator<Buffer | string> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (typeof first.value === 'string' || !isGzipBytes(first.value)) {
    yield* replay();
    return;
  }
  const gunzip = zlib().createGunzip();
  // the pipeline passes a read error of the source on to gunzip, and destroying gunzip ends the source
  pipeline(replay(), gunzip, () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw gzipError(err, name);
  } finally {
    gunzip.destroy();
  }
}
