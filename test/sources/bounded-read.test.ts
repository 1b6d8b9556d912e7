// Reading a stream of unknown length with a regular file's limits: the cap and the binary check
// stop the read early, a UTF-16 byte order mark keeps NUL bytes text, and the run's stop ends a wait.
import { PassThrough, Readable } from 'node:stream';
import { readBounded } from '../../src/sources/bounded-read.js';

const chunked = (...chunks: Buffer[]) => Readable.from(chunks, { objectMode: false });

describe('readBounded', () => {
  it('gives the bytes of a stream within the limit, whatever its chunks', async () => {
    const bytes = await readBounded(chunked(Buffer.from('Nine '), Buffer.from('drones.')), 'x', 100);
    expect(bytes.toString()).toBe('Nine drones.');
  });

  it('stops past the limit: TOO_LARGE, without reading the rest', async () => {
    let pulled = 0;
    const endless = new Readable({ read() { pulled++; this.push(Buffer.alloc(1000, 'a')); } });
    await expect(readBounded(endless, 'endless', 10_000)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(pulled).toBeLessThan(50);
    expect(endless.destroyed).toBe(true);
  });

  it('stops at a NUL byte among the first bytes: BINARY', async () => {
    const zeros = new Readable({ read() { this.push(Buffer.alloc(4096)); } });
    await expect(readBounded(zeros, 'zeros', 1 << 20)).rejects.toMatchObject({ code: 'BINARY' });
  });

  it('keeps UTF-16 (its NUL bytes are half of each character), even with its mark split across chunks', async () => {
    const text = Buffer.from('\ufeffNine drones', 'utf16le');
    const bytes = await readBounded(chunked(text.subarray(0, 1), text.subarray(1)), 'utf16', 100);
    expect(bytes.equals(text)).toBe(true);
  });

  it('ends a read that waits when the run stops', async () => {
    const waiting = new PassThrough();
    const stop = new AbortController();
    const read = readBounded(waiting, 'fifo', 100, stop.signal);
    stop.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(waiting.destroyed).toBe(true);
  });
});
