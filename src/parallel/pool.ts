import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { BatchRecord } from '../output/printed.js';
import { WORKER_SCRIPT } from '../paths.js';
import { errorRecord, type BatchOptions } from '../run.js';
import { RESULT_BATCH, type ResultMessage, type TaskMessage, type WorkerInit } from './protocol.js';

interface Pending {
  task: TaskMessage;
  resolve: (r: BatchRecord) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Tasks it may hold: TASKS_PER_WORKER, or fewer while it is new (see spawn). */
  room: number;
  /** The seq of the task the worker is on (WorkerInit.current). */
  current: Float64Array;
}

const MB = 1024 * 1024;

/**
 * Tasks a worker holds at once: twice its result batch, so it still has a batch to extract while
 * the main thread takes its last one and sends more. The rest wait in the pool's queue, so a long
 * article holds up only the tasks behind it in its own worker, and any worker that finishes takes
 * the next task in line.
 */
export const TASKS_PER_WORKER = 2 * RESULT_BATCH;

/**
 * Memory limits of a worker, from the largest input the batch accepts (--max-bytes). Extraction
 * keeps about 40 bytes alive per input byte at its peak (measured: 365 MB for a 10 MB article), so
 * the old generation is capped at 48 bytes per input byte plus a base: the cap never stops an
 * article the batch accepts, and a runaway one ends its worker instead of the machine. The cap
 * also sets V8's heap-growing factor, which V8 scales with it (1.3 at 256 MB, 4 at 2 GB and more):
 * about 1.4 here, so a worker's heap stays near its live data (about 25 MB) instead of growing
 * four-fold between collections. The young generation keeps V8's default (semi-spaces growing to
 * 16 MB): a nursery smaller than an article's working set promotes it to the old generation.
 * Measured with 2 workers over 20,000 articles: peak RSS 359 MB uncapped, 262 MB capped, for the
 * same CPU; a 4 MB young generation (the previous setting) cost 16% more CPU, 24 MB 20% more,
 * 96 MB 12% more.
 */
export function workerLimits(maxInputBytes: number): ResourceLimits {
  return { maxOldGenerationSizeMb: Math.max(256, Math.ceil((48 * maxInputBytes) / MB) + 64) };
}

export interface PoolOptions {
  /** The largest input the batch accepts, in bytes: it sets each worker's memory cap. */
  maxInputBytes: number;
  /** The worker script: WORKER_SCRIPT unless the launcher (src/launch.ts) or a test gives its own. */
  workerUrl?: URL;
  /** Replaces workerLimits(maxInputBytes) (tests give small ones). */
  resourceLimits?: ResourceLimits;
  /**
   * Extracts a task in this thread, which then counts as one of the pool's `size` extractors
   * (see ExtractionPool). Without it, every extractor is a worker.
   */
  local?: (task: TaskMessage) => Promise<BatchRecord>;
  /** When workers start beside `local`: WORKERS_AFTER by default, { ms: 0, workMs: 0 } at once. */
  workersAfter?: { ms: number; workMs: number };
}

/**
 * The largest input this thread extracts itself; longer ones go to workers only. A long article
 * would hold up this thread, which also reads the inputs, feeds the workers and writes the output,
 * and a runaway one must end a worker (which is replaced), not the process.
 */
export const LOCAL_MAX_CHARS = 256 * 1024;

/**
 * When this thread extracts too, workers start only once the pool has run `ms` and the tasks
 * waiting in its queue would take this thread `workMs` more at its own pace (characters waiting
 * times its recent milliseconds per character). A new worker costs a batch more than it brings
 * until then: it starts, runs cold code for a second or so, and compiles it on the cores this
 * thread's own compiler needs. On 2 cores, with two workers from the start (as before), 200
 * articles took 1.14–1.22 s against 1.05–1.13 s on one thread, and 500 took 2.2–2.6 s against
 * 2.1–2.2 s; started this way, 1.0–1.1 s and 2.2–2.4 s, and 2,000 articles 4.6–5.1 s (one thread:
 * 4.8–6.0 s).
 */
export const WORKERS_AFTER = { ms: 500, workMs: 1500 } as const;

/**
 * `size` extractors that turn read inputs into records: worker threads, and with `local` this
 * thread too. Tasks wait in one queue, in input order, and go to the least busy worker while it
 * holds fewer than TASKS_PER_WORKER; this thread takes the next one when every worker is full.
 *
 * Why this thread extracts too: every V8 isolate warms up on its own (a second or so of slow,
 * freshly compiled code), and workers warming up side by side share the cores with their
 * compilers. This thread warms up first, as a single thread does, at full priority (workers run at
 * nice +5), so a batch of a few hundred articles goes as fast as on one thread instead of waiting
 * for cold workers, and a long one has one isolate fewer to warm and to feed through messages.
 *
 * A worker that dies (out of memory on a huge article) is replaced: the task it was on becomes an
 * EXTRACT_FAILED record, and the tasks it held but had not reached go back into the queue.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly local: PoolOptions['local'];
  private localBusy = false;
  /** Tasks no worker holds yet, in seq order. */
  private readonly queue: Pending[] = [];
  private readonly workerUrl: URL;
  private readonly limits: ResourceLimits;
  private seq = 0;
  private closed = false;
  /** Workers still to start (see WORKERS_AFTER). */
  private unstarted: number;
  private readonly created = performance.now();
  private readonly workersAfter: { ms: number; workMs: number };
  /** Characters of the tasks in the queue. */
  private queuedChars = 0;
  /** This thread's recent milliseconds per character, a moving average over its tasks. */
  private localMsPerChar = 0;

  constructor(
    readonly size: number,
    private readonly options: BatchOptions,
    poolOptions: PoolOptions,
  ) {
    this.workerUrl = poolOptions.workerUrl ?? WORKER_SCRIPT;
    this.limits = poolOptions.resourceLimits ?? workerLimits(poolOptions.maxInputBytes);
    this.local = poolOptions.local;
    this.workersAfter = poolOptions.workersAfter ?? WORKERS_AFTER;
    this.unstarted = this.local ? Math.max(1, size - 1) : size;
    if (!this.local) this.startWorkers();
  }

  /** Worker threads started so far. */
  get workers(): number {
    return this.slots.length;
  }

  private startWorkers(): void {
    for (; this.unstarted > 0; this.unstarted--) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const current = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)).fill(-1);
    const workerData: WorkerInit = { options: this.options, current };
    const worker = new Worker(this.workerUrl, { workerData, resourceLimits: this.limits });
    // A new worker is slow for its first articles (starting, then compiling), and output waits for
    // the oldest record. So when this thread extracts too, a new worker gets one task and one more
    // for each record it sends back, and takes them from the queue's end: its slow first records
    // are the ones needed last, while this thread goes on from the front.
    const slot: Slot = { worker, pending: new Map(), room: this.local ? 1 : TASKS_PER_WORKER, current };
    worker.on('message', (batch: ResultMessage[]) => {
      slot.room = Math.min(TASKS_PER_WORKER, slot.room + batch.length);
      for (const msg of batch) {
        const p = slot.pending.get(msg.seq);
        if (!p) continue;
        slot.pending.delete(msg.seq);
        p.resolve(msg.record);
      }
      this.pump();
    });
    let failure: Error | undefined;
    worker.on('error', (err) => (failure = err));
    // 'exit' follows 'error', and also ends a worker that stopped without one
    worker.on('exit', (code) => {
      if (this.closed) return;
      this.slots[this.slots.indexOf(slot)] = this.spawn();
      this.recover(slot, failure ?? new Error(`worker stopped with exit code ${code}`));
    });
    return slot;
  }

  /**
   * After a worker died: the task it was on fails; the ones it had not reached run again on the
   * others. Results it made but had not yet sent are made again too. A worker that died before
   * its first task (it could not start) fails all its tasks, so a broken worker cannot loop.
   */
  private recover(slot: Slot, err: Error): void {
    const lost = [...slot.pending.values()];
    slot.pending.clear();
    const culprit = slot.current[0]!;
    const again: Pending[] = [];
    for (const p of lost) {
      if (culprit < 0 || p.task.seq === culprit) p.resolve(errorRecord(p.task, err, 'extract'));
      else again.push(p);
    }
    // back in input order (a new worker's tasks came from the queue's end)
    this.queue.push(...again);
    for (const p of again) this.queuedChars += p.task.raw.content.length;
    this.queue.sort((a, b) => a.task.seq - b.task.seq);
    this.pump();
  }

  run(task: Omit<TaskMessage, 'seq'>): Promise<BatchRecord> {
    return new Promise((resolve) => {
      this.queue.push({ task: { ...task, seq: this.seq++ }, resolve });
      this.queuedChars += task.raw.content.length;
      this.pump();
    });
  }

  /** Hands queued tasks, oldest first, to the least busy workers that have room, else to this thread. */
  private pump(): void {
    if (this.unstarted && this.workersDue()) this.startWorkers();
    while (this.queue.length && !this.closed) {
      const slot = this.slots.length ? this.slots.reduce((a, b) => (b.room - b.pending.size > a.room - a.pending.size ? b : a)) : undefined;
      if (slot && slot.pending.size < slot.room) {
        const p = this.take(slot.room < TASKS_PER_WORKER ? 'newest' : 'oldest');
        slot.pending.set(p.task.seq, p);
        slot.worker.postMessage(p.task);
      } else if (this.local && !this.localBusy && this.queue[0]!.task.raw.content.length <= LOCAL_MAX_CHARS) {
        this.extractHere(this.take('oldest'));
      } else return;
    }
  }

  private take(which: 'oldest' | 'newest'): Pending {
    const p = which === 'oldest' ? this.queue.shift()! : this.queue.pop()!;
    this.queuedChars -= p.task.raw.content.length;
    return p;
  }

  /** See WORKERS_AFTER; a queue of inputs too long for this thread needs the workers at once. */
  private workersDue(): boolean {
    const after = this.workersAfter;
    if (this.queue.length && this.queue[0]!.task.raw.content.length > LOCAL_MAX_CHARS) return true;
    return performance.now() - this.created >= after.ms && this.queuedChars * this.localMsPerChar >= after.workMs;
  }

  /** One task in this thread, after the I/O already waiting: worker results, reads, writes. */
  private extractHere(p: Pending): void {
    this.localBusy = true;
    setImmediate(() => {
      const began = performance.now();
      void this.local!(p.task).then((record) => {
        const msPerChar = (performance.now() - began) / Math.max(1, p.task.raw.content.length);
        this.localMsPerChar = this.localMsPerChar ? 0.9 * this.localMsPerChar + 0.1 * msPerChar : msPerChar;
        this.localBusy = false;
        p.resolve(record);
        this.pump();
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
