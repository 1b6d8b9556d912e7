import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { OutputRefused, outputTarget } from './output-target.js';
import { writeFailure } from './write-failure.js';
import type { RecordWriter } from './writer.js';

/**
 * Where output goes: standard output, or what `-o` names (output-target.ts). A regular file is
 * written atomically: to a temporary file beside it, renamed over the target only when the run
 * completes, so a failed or interrupted run never leaves a half-written file (and never clobbers a
 * previous good one). A device, FIFO or socket is written in place: there is nothing to rename.
 */
export interface Sink {
  stream: Writable;
  /** What a message calls the output: the path given to `-o`, or "standard output". */
  name: string;
  /** Flushes and, for a file, moves the finished output into place. */
  commit(): Promise<void>;
  /** Drops the output: for a file, removes the temporary file. Safe to call more than once. */
  abort(): void;
  /** Set by a sink that takes records rather than text (the tables' folder, tables-sink.ts). */
  writer?: RecordWriter;
}

export function stdoutSink(stdout: Writable = process.stdout): Sink {
  return {
    stream: stdout,
    name: 'standard output',
    commit: () =>
      new Promise((resolve) => {
        // Wait until everything written so far is flushed, without closing stdout.
        if (stdout.writableNeedDrain) stdout.once('drain', () => resolve());
        else resolve();
      }),
    abort: () => {},
  };
}

/** The sink of `-o given`; throws OutputRefused, naming `given`, for a path it cannot write. */
export function outputSink(given: string): Sink {
  const target = outputTarget(given);
  try {
    if (target.kind === 'replace') return atomicFileSink(given, target.path);
    if (target.kind === 'socket') return inPlaceSink(given, net.createConnection(target.path));
    if (target.kind === 'fifo') return fifoSink(given, target.path);
    return inPlaceSink(given, fs.createWriteStream(target.path, { flags: 'w' }));
  } catch (err) {
    throw new OutputRefused(writeFailure(given, err));
  }
}

/** A device or socket, written as the run goes; an interrupted run's output stays written. */
function inPlaceSink(name: string, stream: Writable): Sink {
  return {
    stream,
    name,
    commit: async () => {
      stream.end();
      await finished(stream, { readable: false });
      stream.destroy(); // a socket's reading side would keep the process alive
    },
    abort: () => void stream.destroy(),
  };
}

/** How often a FIFO without a reader is tried again. */
const FIFO_RETRY_MS = 50;

/**
 * A FIFO, written once a reader opens it. A plain open(2) would wait for the reader in one of Node's
 * threads, and Node joins its threads at exit, so not even a second SIGINT could end the run: the
 * FIFO is opened without blocking, tried again until a reader comes, and written through the event
 * loop. Records wait in `stream` meanwhile, which holds the batch back when full.
 */
function fifoSink(name: string, fifo: string): Sink {
  const stream = new PassThrough();
  let retry: NodeJS.Timeout | undefined;
  let pipe: net.Socket | undefined;
  const opened = new Promise<net.Socket>((resolve, reject) => {
    const open = () => {
      try {
        pipe = new net.Socket({ fd: fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK), readable: false, writable: true });
        pipe.on('error', (err) => stream.destroy(err));
        stream.pipe(pipe);
        resolve(pipe);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENXIO' && !stream.destroyed) retry = setTimeout(open, FIFO_RETRY_MS);
        else reject(err);
      }
    };
    open();
  });
  opened.catch((err: Error) => stream.destroy(err));
  return {
    stream,
    name,
    commit: async () => {
      stream.end();
      const socket = await opened;
      await finished(socket, { readable: false });
      socket.destroy();
    },
    abort: () => {
      clearTimeout(retry);
      stream.destroy();
      pipe?.destroy();
    },
  };
}

/** A regular file (`target`, the path `name` leads to) replaced by a temporary file beside it. */
function atomicFileSink(name: string, target: string): Sink {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  keepModeOf(target, fd);
  const stream = fs.createWriteStream(tmp, { fd, autoClose: false });
  let done = false;
  const removeTmp = () => {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => {
    if (!done) removeTmp();
  };
  process.once('exit', onExit);
  return {
    stream,
    name,
    commit: async () => {
      try {
        await endOnDisk(stream, fd);
        fs.renameSync(tmp, target);
        done = true;
        process.removeListener('exit', onExit);
      } catch (err) {
        removeTmp();
        throw err;
      }
    },
    abort: () => {
      if (done) return;
      done = true;
      stream.destroy(); // and with it the descriptor
      removeTmp();
      process.removeListener('exit', onExit);
    },
  };
}

/**
 * Ends a file's stream and closes its descriptor once what was written is on disk. The stream
 * closes the descriptor (it does on destroy, whatever autoClose says), so it is closed once.
 */
function endOnDisk(stream: Writable, fd: number): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.end(() => {
      try {
        if (stream.errored) throw stream.errored;
        fs.fsyncSync(fd);
      } catch (err) {
        return reject(err);
      }
      stream.once('close', () => resolve());
      stream.destroy();
    });
  });
}

/**
 * A regular file, open for appending on `fd` (`--resume`, output/resume.ts): each record is one
 * write of a whole line at the file's end, so what is written stays written, an interrupt or a
 * crash included; a line cut short (a kill during a write, a full disk) is the one an aborted run
 * drops, and the next resume drops too.
 */
export function appendingSink(name: string, fd: number): Sink {
  const stream = fs.createWriteStream('', { fd, autoClose: false });
  return {
    stream,
    name,
    commit: () => endOnDisk(stream, fd),
    abort: () => {
      if (stream.destroyed) return;
      try {
        dropUnfinishedLine(fd);
      } catch {
        /* the next resume drops it */
      }
      stream.destroy();
    },
  };
}

/** How much of a file's end is searched at a time for its last line break. */
const TAIL_CHUNK = 64 * 1024;

/**
 * Cuts a file after its last line break, dropping a line written only in part; returns the new
 * size. A file of whole lines (or an empty one) is left as it is.
 */
export function dropUnfinishedLine(fd: number): number {
  const size = fs.fstatSync(fd).size;
  const chunk = Buffer.alloc(TAIL_CHUNK);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - TAIL_CHUNK);
    const read = fs.readSync(fd, chunk, 0, end - start, start);
    const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
    if (newline >= 0) {
      end = start + newline + 1;
      break;
    }
    end = start;
  }
  if (end < size) fs.ftruncateSync(fd, end);
  return end;
}

/** A file replaced keeps its permissions: a private file must not become readable by all. */
function keepModeOf(target: string, fd: number): void {
  let mode: number;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    return; // a new file
  }
  fs.fchmodSync(fd, mode);
}
