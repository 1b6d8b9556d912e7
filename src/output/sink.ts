import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Where output goes: standard output, or a file written atomically: to a temporary file beside
 * it, renamed over the target only when the run completes, so a failed or interrupted run never
 * leaves a half-written file (and never clobbers a previous good one).
 */
export interface Sink {
  stream: Writable;
  /** Flushes and, for a file, moves the finished output into place. */
  commit(): Promise<void>;
  /** Drops the output: for a file, removes the temporary file. Safe to call more than once. */
  abort(): void;
}

export function stdoutSink(stdout: Writable = process.stdout): Sink {
  return {
    stream: stdout,
    commit: () =>
      new Promise((resolve) => {
        // Wait until everything written so far is flushed, without closing stdout.
        if (stdout.writableNeedDrain) stdout.once('drain', () => resolve());
        else resolve();
      }),
    abort: () => {},
  };
}

export function atomicFileSink(target: string): Sink {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  const stream = fs.createWriteStream(tmp, { fd, autoClose: false });
  let finished = false;
  const removeTmp = () => {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => {
    if (!finished) removeTmp();
  };
  process.once('exit', onExit);
  return {
    stream,
    commit: () =>
      new Promise<void>((resolve, reject) => {
        stream.end(() => {
          try {
            fs.fsyncSync(fd);
            fs.closeSync(fd);
            fs.renameSync(tmp, target);
            finished = true;
            process.removeListener('exit', onExit);
            resolve();
          } catch (err) {
            removeTmp();
            reject(err);
          }
        });
      }),
    abort: () => {
      if (finished) return;
      finished = true;
      stream.destroy();
      try {
        fs.closeSync(fd);
      } catch {
        /* closed already */
      }
      removeTmp();
      process.removeListener('exit', onExit);
    },
  };
}
