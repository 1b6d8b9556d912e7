import { ExtractionPool, LOCAL_MAX_CHARS, TASKS_PER_WORKER, WORKERS_LOOKAHEAD } from '../../src/parallel/pool.js';
import type { BatchOptions } from '../../src/run.js';
import type { BatchRecord } from '../../src/output/printed.js';

const FAKE = new URL('../fixtures/workers/fake-extractor.mjs', import.meta.url);
const OPTIONS = { extract: { types: [], includeText: false }, article: {} } as unknown as BatchOptions;

/** Runs every content as a task; `onWorkerRecord` hears of each record a worker (not this thread) made. */
function runAll(pool: ExtractionPool, contents: string[], onWorkerRecord?: () => void): Promise<BatchRecord[]> {
  return Promise.all(
    contents.map((content, i) =>
      pool.run({ id: `t${i}`, source: { kind: 'stdin' }, raw: { format: 'text', content } }).then((r) => {
        if (madeBy(r) !== 'here') onWorkerRecord?.();
        return r;
      }),
    ),
  );
}

const outcome = (r: BatchRecord) => ('json' in r ? JSON.parse(r.json).text : 'error' in r ? `${r.error.code}: ${r.error.message}` : 'record');
const madeBy = (r: BatchRecord) => ('json' in r ? (JSON.parse(r.json) as { thread: number | string }).thread : 'error');

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the extraction pool when a worker dies', () => {
  it('fails only the task the worker was on; the others, sent or not, come back from a new worker', async () => {
    const pool = new ExtractionPool(1, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE });
    try {
      const out = (await runAll(pool, ['a', 'b', 'exit', 'c', 'd'])).map(outcome);
      expect(out[0]).toBe('a');
      expect(out[1]).toBe('b');
      expect(out[2]).toMatch(/^EXTRACT_FAILED: extraction failed on t2: worker stopped with exit code 3/);
      expect(out.slice(3)).toEqual(['c', 'd']);
      // the pool goes on with its new worker
      expect((await runAll(pool, ['e'])).map(outcome)).toEqual(['e']);
    } finally {
      await pool.close();
    }
  });

  const SMALL = { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 };

  it('turns a worker out of memory into that task’s error record, once a roomier worker alone failed too', async () => {
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, resourceLimits: SMALL, retryLimits: { ...SMALL, maxOldGenerationSizeMb: 32 } });
    try {
      const out = (await runAll(pool, ['a', 'oom', 'b', 'c'])).map(outcome);
      expect(out[1]).toMatch(/^EXTRACT_FAILED: .*memory/i);
      expect([out[0], out[2], out[3]]).toEqual(['a', 'b', 'c']);
    } finally {
      await pool.close();
    }
  });

  // issue 25, item 6: a worker's heap is capped, this thread's is not; an input that needs more than
  // the cap must not fail with -j 2 and succeed with -j 1
  for (const size of [1, 2]) {
    it(`gives an input that outgrows a worker's heap the record a roomier heap gives (size ${size})`, async () => {
      const pool = new ExtractionPool(size, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, resourceLimits: SMALL, retryLimits: { maxOldGenerationSizeMb: 160 } });
      try {
        const out = (await runAll(pool, ['a', 'grow:64', 'b', 'c'])).map(outcome);
        expect(out).toEqual(['a', 'grow:64', 'b', 'c']);
      } finally {
        await pool.close();
      }
    });
  }

  it('fails every task of a worker that cannot start, instead of starting it again and again', async () => {
    const pool = new ExtractionPool(1, { ...OPTIONS, failAtStart: true } as BatchOptions, { maxInputBytes: 1e6, workerUrl: FAKE });
    try {
      const out = (await runAll(pool, ['a', 'b', 'c'])).map(outcome);
      for (const o of out) expect(o).toMatch(/^EXTRACT_FAILED: .*cannot start/);
    } finally {
      await pool.close();
    }
  });
});

describe('the extraction pool’s queue', () => {
  it('lets the other workers go on while one is on a long article, and keeps order per task', async () => {
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE });
    try {
      // both workers answer first, so that neither one's start, slow on a loaded machine, is taken for the long article
      const warmed = (await runAll(pool, ['warm', 'warm'])).map(madeBy);
      expect(new Set(warmed).size).toBe(2);
      const contents = ['sleep:700', ...Array.from({ length: 60 }, (_, i) => `x${i}`)];
      const finished: number[] = [];
      const records = await Promise.all(
        contents.map((content, i) =>
          pool.run({ id: `t${i}`, source: { kind: 'stdin' }, raw: { format: 'text', content } }).then((r) => {
            finished.push(i);
            return r;
          }),
        ),
      );
      const made = records.map((r) => ('json' in r ? (JSON.parse(r.json) as { text: string; thread: number }) : null));
      expect(made.map((m) => m?.text)).toEqual(contents);
      const slow = made[0]!.thread;
      // only the few tasks the slow worker held when it started are behind the long one …
      const behind = made.filter((m) => m!.thread === slow).length - 1;
      expect(behind).toBeLessThan(TASKS_PER_WORKER);
      expect(behind).toBeLessThan(10);
      // … every other task was taken by the free worker, and finished before the long one
      expect(finished.indexOf(0)).toBeGreaterThanOrEqual(contents.length - 1 - behind);
    } finally {
      await pool.close();
    }
  });
});

describe('worker memory limits', () => {
  it('cap the old generation above what the largest accepted input needs', async () => {
    const { workerLimits } = await import('../../src/parallel/pool.js');
    expect(workerLimits(10 * 1024 * 1024).maxOldGenerationSizeMb).toBe(304);
    expect(workerLimits(1024).maxOldGenerationSizeMb).toBe(256);
    expect(workerLimits(100 * 1024 * 1024).maxOldGenerationSizeMb).toBe(2464);
  });
});

describe('the extraction pool with this thread as one of its extractors', () => {
  /** Extracts here in about `ms` (a timer, so the event loop turns as extraction here lets it). */
  const local = (ms: number) => (task: { id: string; raw: { content: string } }) =>
    new Promise<BatchRecord>((resolve) => setTimeout(() => resolve({ id: task.id, json: JSON.stringify({ id: task.id, text: task.raw.content, thread: 'here' }) }), ms));
  /**
   * Extracts here as `local` does, but once `started()` says a worker is on its way, only after
   * `workerFirst`: a worker's start takes what the machine's load makes it, so a test that races
   * this thread against it waits for it instead of giving it a time budget.
   */
  const afterWorkerFirst = (workerFirst: Promise<void>, ms: number, started: () => boolean = () => true) => (task: { id: string; raw: { content: string } }) =>
    (started() ? workerFirst : Promise.resolve()).then(() => local(ms)(task));

  it('extracts a short batch here and never starts a worker', async () => {
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(1) });
    try {
      const records = await runAll(pool, Array.from({ length: 30 }, (_, i) => `x${i}`));
      expect(records.map(outcome)).toEqual(Array.from({ length: 30 }, (_, i) => `x${i}`));
      expect(records.every((r) => madeBy(r) === 'here')).toBe(true);
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('starts a worker once the batch proves long; a new worker takes its first tasks from the queue’s end', async () => {
    // once the worker is started, this thread waits for its first record, so the queue still has
    // an end to take however slow the start is on a loaded machine
    const firstRecord = deferred();
    const local3 = afterWorkerFirst(firstRecord.promise, 3, () => pool.workers > 0);
    const pool: ExtractionPool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local3, workersAfter: { ms: 30, workMs: 100 }, cpuClock: () => performance.now() });
    try {
      const contents = Array.from({ length: 120 }, (_, i) => `x${i}`);
      const records = await runAll(pool, contents, firstRecord.resolve);
      expect(records.map(outcome)).toEqual(contents);
      expect(pool.workers).toBe(1);
      const byWorker = records.map((r, i) => [madeBy(r), i] as const).filter(([t]) => t !== 'here').map(([, i]) => i);
      expect(byWorker.length).toBeGreaterThan(5);
      // its first records are from the end of the queue, not the front this thread works through
      // (how far this thread got first depends on the machine's load, so only the first is asked)
      expect(Math.max(...byWorker)).toBe(contents.length - 1);
      expect(madeBy(records[0]!)).toBe('here');
    } finally {
      await pool.close();
    }
  });

  it('judges a batch long by this thread’s CPU time, not its wall time (a loaded machine makes neither a batch longer nor workers faster)', async () => {
    // the same batch and bounds as above, timed as the pool times it: this thread's tasks wait, they burn no CPU
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(3), workersAfter: { ms: 30, workMs: 100 } });
    try {
      const contents = Array.from({ length: 120 }, (_, i) => `x${i}`);
      expect((await runAll(pool, contents)).map(outcome)).toEqual(contents);
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('asks the batch to read ahead far enough to see whether workers would repay their start, and only then', () => {
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(1) });
    const one = new ExtractionPool(1, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(1) });
    expect(pool.lookahead).toBe(WORKERS_LOOKAHEAD);
    expect(one.lookahead).toBe(0);
    return Promise.all([pool.close(), one.close()]);
  });

  it('fails only the task a new worker died on, though it took it from the queue’s end', async () => {
    // this thread finishes nothing before the worker's first record, so the worker takes the queue's
    // end ('exit') however slow it is to start: a time budget for the start failed on a loaded machine
    const firstRecord = deferred();
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: afterWorkerFirst(firstRecord.promise, 1), workersAfter: { ms: 0, workMs: 0 } });
    try {
      const contents = [...Array.from({ length: 29 }, (_, i) => `x${i}`), 'exit'];
      const records = runAll(pool, contents, firstRecord.resolve);
      const out = (await records).map(outcome);
      expect(out.slice(0, 29)).toEqual(contents.slice(0, 29));
      expect(out[29]).toMatch(/^EXTRACT_FAILED: .*exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('starts no worker once closed, when a task of this thread ends after', async () => {
    const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(150), workersAfter: { ms: 20, workMs: 0 } });
    try {
      void runAll(pool, ['a', 'b', 'c']);
      await pool.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('at size 1, extracts long inputs in a worker and the rest here, never two at once', async () => {
    let here = 0;
    let mostAtOnce = 0;
    const counting = (task: { id: string; raw: { content: string } }) => {
      mostAtOnce = Math.max(mostAtOnce, ++here);
      return local(5)(task).finally(() => here--);
    };
    const pool = new ExtractionPool(1, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: counting, workersAfter: { ms: 0, workMs: 0 } });
    try {
      const long = `sleep:300${' '.repeat(LOCAL_MAX_CHARS)}`;
      const contents = ['a', 'b', long, 'c', 'd', long, 'e'];
      const started: string[] = [];
      const records = await Promise.all(
        contents.map((content, i) => {
          const record = pool.run({ id: `t${i}`, source: { kind: 'stdin' }, raw: { format: 'text', content } });
          return record.then((r) => (started.push(`t${i}`), r));
        }),
      );
      expect(records.map(madeBy).map((t) => (t === 'here' ? 'here' : 'worker'))).toEqual(['here', 'here', 'worker', 'here', 'here', 'worker', 'here']);
      // one at a time: each finished before the next began, so in input order
      expect(started).toEqual(contents.map((_, i) => `t${i}`));
      expect(mostAtOnce).toBe(1);
      expect(pool.workers).toBe(1);
    } finally {
      await pool.close();
    }
  });

  for (const eager of [true, false]) {
    it(`leaves long inputs to the workers (${eager ? 'started at once' : 'started for them, in a short batch'})`, async () => {
      const pool = new ExtractionPool(2, OPTIONS, { maxInputBytes: 1e6, workerUrl: FAKE, local: local(1), workersAfter: eager ? { ms: 0, workMs: 0 } : undefined });
      try {
        const long = 'y'.repeat(LOCAL_MAX_CHARS + 1);
        const records = await runAll(pool, ['a', long, 'b', long, 'c']);
        expect(records.map(outcome)).toEqual(['a', long, 'b', long, 'c']);
        expect(madeBy(records[1]!)).not.toBe('here');
        expect(madeBy(records[3]!)).not.toBe('here');
        expect(pool.workers).toBe(1);
      } finally {
        await pool.close();
      }
    });
  }
});
