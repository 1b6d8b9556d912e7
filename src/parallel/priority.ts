import fs from 'node:fs';
import os from 'node:os';

/**
 * How much lower than the main thread an extraction worker runs (a nice value): the threads that
 * compile a worker's code and feed it must not wait behind it (docs/runtime.md).
 */
export const WORKER_NICE = 5;

/**
 * Lowers the calling thread's scheduling priority by `by` (Linux, where a thread has its own nice
 * value); returns the new nice value, or undefined where threads have none of their own.
 */
export function lowerThreadPriority(by: number): number | undefined {
  let tid: number;
  try {
    // "<pid>/task/<tid>"
    tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(tid) || tid <= 0) return undefined;
  try {
    const nice = Math.min(19, os.getPriority(tid) + by);
    os.setPriority(tid, nice);
    return nice;
  } catch {
    return undefined;
  }
}
