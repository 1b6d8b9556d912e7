import fs from 'node:fs';
import net from 'node:net';
import { Readable } from 'node:stream';
import tty from 'node:tty';

/** The chunk a device is read by: a regular file's stream reads by 64 KiB too. */
const DEVICE_CHUNK = 65536;
/** How long a device with nothing to read yet (EAGAIN) is left before it is tried again. */
const DEVICE_RETRY_MS = 50;

/**
 * A FIFO, `<(…)`, `/dev/stdin` or a device, opened as a stream that never blocks one of Node's
 * threads: a plain open(2) of a FIFO waits for its writer there, a read(2) for its data, and Node
 * joins those threads at exit, so no interrupt could end the run. It is opened non-blocking; a pipe
 * or a terminal is then read through the event loop, which waits for the writer, and any other
 * device by reads that return at once. Destroying the stream ends a wait.
 */
export async function openSpecialFile(file: string): Promise<Readable> {
  const fd = await openNonBlocking(file);
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isFIFO()) return new net.Socket({ fd, readable: true, writable: false });
    if (tty.isatty(fd)) return new tty.ReadStream(fd);
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
  return Readable.from(deviceChunks(fd), { objectMode: false });
}

/** A bare descriptor (a FileHandle would close it when collected), opened without waiting for a writer. */
function openNonBlocking(file: string): Promise<number> {
  return new Promise((resolve, reject) => fs.open(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK, (err, fd) => (err ? reject(err) : resolve(fd))));
}

/** A device read chunk by chunk (/dev/zero, /dev/urandom), until it ends or the stream is destroyed. */
async function* deviceChunks(fd: number): AsyncGenerator<Buffer> {
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(DEVICE_CHUNK);
      let read: number;
      try {
        read = await new Promise<number>((resolve, reject) => fs.read(fd, buffer, 0, DEVICE_CHUNK, null, (err, n) => (err ? reject(err) : resolve(n))));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
        await new Promise((resolve) => setTimeout(resolve, DEVICE_RETRY_MS));
        continue;
      }
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    fs.closeSync(fd);
  }
}
