import fs from 'node:fs';
import os from 'node:os';

/**
 * How much lower than the main thread an extraction worker runs (a nice value). A worker depends
 * on threads it shares the cores with: V8's background threads, which compile its hot code and
 * help collect its garbage, and the main thread, which feeds it and takes its records. With as
 * many workers as cores, they got an equal share, so optimised code came late and each worker ran
 * slow code for longer while warming up: two workers over 20,000 articles took 5% longer (and more
 * CPU) than with the workers reniced by 5.
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
