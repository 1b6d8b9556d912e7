import { InputError } from '../errors.js';
import { BINARY_SNIFF_BYTES, looksBinary } from './binary.js';

/**
 * Reads a stream of unknown length (a FIFO, a device) whole, with a regular file's limits: reading
 * stops past `maxBytes` (TOO_LARGE) or at a NUL byte among the first bytes (BINARY), so an endless
 * source (`/dev/zero`, `<(yes)`) costs at most `maxBytes` of memory. `stop` aborts a read that waits
 * (a FIFO with no writer): the returned promise then rejects with an AbortError.
 */
export async function readBounded(stream: AsyncIterable<Buffer | string> & { destroy(): void }, name: string, maxBytes: number, stop?: AbortSignal): Promise<Buffer> {
  const onStop = () => stream.destroy();
  stop?.throwIfAborted();
  stop?.addEventListener('abort', onStop, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  let sniffing = true;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (size + bytes.length > maxBytes) throw new InputError('TOO_LARGE', `${name} is over the limit of ${maxBytes} bytes (--max-bytes): reading stopped there`);
      chunks.push(bytes);
      // a NUL among the first bytes settles it; the whole head is looked at only then (once)
      if (sniffing && bytes.subarray(0, Math.max(0, BINARY_SNIFF_BYTES - size)).includes(0)) {
        if (looksBinary(Buffer.concat(chunks))) throw new InputError('BINARY', `${name} is not text (it holds NUL bytes)`);
        sniffing = false; // a UTF-16 byte order mark: never binary
      }
      size += bytes.length;
      sniffing &&= size < BINARY_SNIFF_BYTES;
    }
  } catch (err) {
    stop?.throwIfAborted();
    throw err;
  } finally {
    stop?.removeEventListener('abort', onStop);
    stream.destroy();
  }
  stop?.throwIfAborted();
  return Buffer.concat(chunks);
}
