import { getEventListeners } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { RECORDS_AHEAD_PER_EXTRACTOR, runBatch, type BatchOptions, type RecordPool } from '../../src/run.js';
import type { InputItem } from '../../src/sources/source.js';
import type { BatchRecord } from '../../src/output/printed.js';

const OPTIONS = { extract: { types: [], includeText: false }, article: {} } as unknown as BatchOptions;

/** A pool that takes a few milliseconds a task and counts how many it holds at once. */
class CountingPool implements RecordPool {
  held = 0;
  mostHeld = 0;
  constructor(readonly size: number) {}
  run(task: Parameters<RecordPool['run']>[0]): Promise<BatchRecord> {
    this.mostHeld = Math.max(this.mostHeld, ++this.held);
    return new Promise((resolve) =>
      setTimeout(() => {
        this.held--;
        resolve({ id: task.id, json: JSON.stringify({ id: task.id }) });
      }, Math.random() * 4),
    );
  }
}

async function* inputs(n: number, content: (i: number) => string): AsyncIterable<InputItem> {
  for (let i = 0; i < n; i++) yield { id: `a${i}`, source: { kind: 'stdin' }, read: async () => ({ format: 'text', content: content(i) }) };
}

async function run(n: number, content: (i: number) => string, pool: CountingPool): Promise<string[]> {
  const written: string[] = [];
  const writer = { write: async (r: BatchRecord) => void written.push(r.id), finish: async () => {} };
  await runBatch(inputs(n, content), writer, OPTIONS, {}, () => pool);
  return written;
}

describe('a batch over a stream that is slow to come', () => {
  // `tail -f feed.ndjson | newsfacts extract -`: each record must come out while the next input is
  // still to come, with a pool and without one, not when a window of inputs has filled.
  for (const withPool of [false, true]) {
    it(`writes each record before the next input arrives (${withPool ? 'worker pool' : 'one thread'})`, async () => {
      const written: string[] = [];
      const seenWhenAsked: string[][] = [];
      const out: (() => void)[] = [];
      const isOut = Array.from({ length: 4 }, (_, i) => new Promise<void>((resolve) => (out[i] = resolve)));
      async function* feed(): AsyncIterable<InputItem> {
        for (let i = 0; i < 4; i++) {
          if (i > 0) {
            // the next line comes only once the one before it has its record out
            await isOut[i - 1];
            seenWhenAsked.push([...written]);
          }
          yield { id: `a${i}`, source: { kind: 'stdin' }, read: async () => ({ format: 'text', content: '' }) };
        }
      }
      const writer = {
        write: async (r: BatchRecord) => {
          out[written.push(r.id) - 1]!();
        },
        finish: async () => {},
      };
      await runBatch(feed(), writer, OPTIONS, {}, withPool ? () => new CountingPool(2) : undefined);
      expect(written).toEqual(['a0', 'a1', 'a2', 'a3']);
      expect(seenWhenAsked).toEqual([['a0'], ['a0', 'a1'], ['a0', 'a1', 'a2']]);
    });
  }
});

describe('a batch with a worker pool', () => {
  it('keeps many records in hand ahead of the writer, and writes them in input order', async () => {
    const pool = new CountingPool(2);
    const written = await run(1200, () => 'A short article.', pool);
    expect(written).toEqual(Array.from({ length: 1200 }, (_, i) => `a${i}`));
    // wide enough that a worker on a long article does not stall the other at the window's edge
    expect(pool.mostHeld).toBeGreaterThan(RECORDS_AHEAD_PER_EXTRACTOR);
    expect(pool.mostHeld).toBeLessThanOrEqual(2 * RECORDS_AHEAD_PER_EXTRACTOR);
  });

  it('reads as far ahead as the pool asks while it weighs starting workers', async () => {
    const pool = Object.assign(new CountingPool(2), { lookahead: 1000 });
    const written = await run(1200, () => 'A short article.', pool);
    expect(written).toEqual(Array.from({ length: 1200 }, (_, i) => `a${i}`));
    expect(pool.mostHeld).toBeGreaterThan(2 * RECORDS_AHEAD_PER_EXTRACTOR);
    expect(pool.mostHeld).toBeLessThanOrEqual(1000);
  });

  it('holds fewer inputs ahead when they are huge, so memory stays bounded by characters too', async () => {
    const pool = new CountingPool(2);
    const huge = 'a'.repeat(9_000_000);
    const written = await run(30, () => huge, pool);
    expect(written).toHaveLength(30);
    // 32 M characters ahead at most, plus the one read last
    expect(pool.mostHeld).toBeLessThanOrEqual(5);
    expect(pool.mostHeld).toBeGreaterThanOrEqual(2);
  });

  it('reads several inputs at once, but not a whole window of them before any size is known', async () => {
    let reading = 0;
    let mostReading = 0;
    async function* slowReads(): AsyncIterable<InputItem> {
      for (let i = 0; i < 200; i++) {
        const read = async () => {
          mostReading = Math.max(mostReading, ++reading);
          await new Promise((resolve) => setTimeout(resolve, 2));
          reading--;
          return { format: 'text' as const, content: i === 0 ? '' : 'A short article.' };
        };
        yield { id: `a${i}`, source: { kind: 'stdin' }, read };
      }
    }
    const written: string[] = [];
    const writer = { write: async (r: BatchRecord) => void written.push(r.id), finish: async () => {} };
    await runBatch(slowReads(), writer, OPTIONS, {}, () => new CountingPool(2));
    expect(written).toHaveLength(200);
    expect(mostReading).toBeGreaterThan(4);
    expect(mostReading).toBeLessThanOrEqual(16);
  });
});

describe('a batch that can be interrupted', () => {
  it('listens to the interrupt only while it waits: no listener, and so no record, is kept per input', async () => {
    const interrupt = new AbortController();
    let mostListeners = 0;
    const pool = new CountingPool(2);
    const writer = {
      write: async () => void (mostListeners = Math.max(mostListeners, getEventListeners(interrupt.signal, 'abort').length)),
      finish: async () => {},
    };
    await runBatch(inputs(2000, (i) => `text ${i}`), writer, OPTIONS, { interrupt: interrupt.signal }, () => pool);
    // a handful waits at any moment (the reader, the writer, reads in flight), never one per input written
    expect(mostListeners).toBeLessThan(40);
    expect(getEventListeners(interrupt.signal, 'abort')).toHaveLength(0);
  });

  it('lets each record go once it is written', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const interrupt = new AbortController();
    const written: WeakRef<BatchRecord>[] = [];
    let alive = -1;
    const writer = {
      write: async (r: BatchRecord) => {
        written.push(new WeakRef(r));
        if (written.length === 1500) {
          gc();
          alive = written.slice(0, 1000).filter((w) => w.deref() !== undefined).length;
        }
      },
      finish: async () => {},
    };
    await runBatch(inputs(2000, (i) => `text ${i}`), writer, OPTIONS, { interrupt: interrupt.signal }, () => new CountingPool(2));
    // a race against a promise that outlives the batch kept hundreds of them (and their records
    // stayed until the batch ended); a written record is let go, but for the odd one a local holds
    expect(alive).toBeLessThan(5);
  });
});
