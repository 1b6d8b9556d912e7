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
}

/**
 * A fixed set of worker threads that turn read inputs into records. Tasks wait in one queue, in
 * input order, and go to the least busy worker while it holds fewer than TASKS_PER_WORKER. A
 * worker that dies (out of memory on a huge article) is replaced: the task it was on becomes an
 * EXTRACT_FAILED record, and the tasks it held but had not reached go back to the queue's front.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  /** Tasks no worker holds yet, in seq order. */
  private readonly queue: Pending[] = [];
  private readonly workerUrl: URL;
  private readonly limits: ResourceLimits;
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly options: BatchOptions,
    poolOptions: PoolOptions,
  ) {
    this.workerUrl = poolOptions.workerUrl ?? WORKER_SCRIPT;
    this.limits = poolOptions.resourceLimits ?? workerLimits(poolOptions.maxInputBytes);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const current = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)).fill(-1);
    const workerData: WorkerInit = { options: this.options, current };
    const worker = new Worker(this.workerUrl, { workerData, resourceLimits: this.limits });
    const slot: Slot = { worker, pending: new Map(), current };
    worker.on('message', (batch: ResultMessage[]) => {
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
    // they were ahead of everything still queued
    this.queue.unshift(...again.sort((a, b) => a.task.seq - b.task.seq));
    this.pump();
  }

  run(task: Omit<TaskMessage, 'seq'>): Promise<BatchRecord> {
    return new Promise((resolve) => {
      this.queue.push({ task: { ...task, seq: this.seq++ }, resolve });
      this.pump();
    });
  }

  /** Hands queued tasks, oldest first, to the least busy workers that have room. */
  private pump(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (slot.pending.size >= TASKS_PER_WORKER) return;
      const p = this.queue.shift()!;
      slot.pending.set(p.task.seq, p);
      slot.worker.postMessage(p.task);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
