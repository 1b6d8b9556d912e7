// Tests that signal a run blocked on a FIFO wait until it is blocked there, not for a fixed time:
// a loaded machine can spend that time starting the run, and a signal that comes before the run
// watches for it kills the run instead of stopping it.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** Where Linux has a thread sleep while it opens a FIFO whose other end nobody has opened yet. */
const FIFO_OPEN_WAIT = 'wait_for_partner';
/**
 * Past this the test goes on and its own expectations judge: an input FIFO is polled, not opened
 * blocking, so no thread of the run ever waits there (and a kernel may hide wchan). Long enough for
 * a late start on a loaded machine, short enough not to cost each such test 15 s.
 */
const GIVE_UP_MS = 4_000;

/** Whether a thread of the process is blocked opening a FIFO. */
function waitsOnFifo(pid: number): boolean {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).some((tid) => fs.readFileSync(`/proc/${pid}/task/${tid}/wchan`, 'utf8') === FIFO_OPEN_WAIT);
  } catch {
    return false; // the process or one of its threads has just ended
  }
}

/** Resolves once the child waits to open a FIFO (or has ended); without /proc, after `fallbackMs`. */
export async function untilWaitingOnFifo(child: ChildProcess, fallbackMs = 1500): Promise<void> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  if (!fs.existsSync('/proc/self/task')) return void (await pause(fallbackMs));
  const deadline = Date.now() + GIVE_UP_MS;
  while (child.exitCode === null && !waitsOnFifo(child.pid!) && Date.now() < deadline) await pause(20);
}
