import fs from 'node:fs';
import os from 'node:os';
import { lowerThreadPriority } from '../../src/parallel/priority.js';

const threadId = (): number | undefined => {
  try {
    return Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
};

describe('a worker’s scheduling priority', () => {
  it('is lowered for the calling thread alone where threads have their own (Linux), and left alone elsewhere', () => {
    const tid = threadId();
    if (tid === undefined) {
      expect(lowerThreadPriority(1)).toBeUndefined();
      return;
    }
    const before = os.getPriority(tid);
    const processBefore = os.getPriority(process.pid === tid ? 0 : process.pid);
    const after = lowerThreadPriority(1);
    expect(after).toBe(Math.min(19, before + 1));
    expect(os.getPriority(tid)).toBe(after);
    if (process.pid !== tid) expect(os.getPriority(process.pid)).toBe(processBefore);
  });
});
