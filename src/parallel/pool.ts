import v8 from 'node:v8';
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
 * Memory limits of a worker, from the largest input the batch accepts (--max-bytes): room for any
 * article the batch accepts, while a runaway one ends its worker, not the machine, and the heap
 * stays near its live data (docs/runtime.md).
 */
export function workerLimits(maxInputBytes: number): ResourceLimits {
  return { maxOldGenerationSizeMb: Math.max(256, Math.ceil((WORKER_BYTES_PER_INPUT_BYTE * maxInputBytes) / MB) + 64) };
}

/**
 * The old generation a worker may grow to per byte of the largest input: half as much again as a
 * real article keeps alive at its peak. V8 lets a heap grow at most halfway from its live data to
 * its cap before collecting, so a cap near what extraction needs keeps the heap near it too
 * (docs/runtime.md).
 */
const WORKER_BYTES_PER_INPUT_BYTE = 24;

/**
 * Memory limits of the worker that takes again, alone, a task whose worker ran out of memory: the
 * heap this thread has. Whichever thread an input first lands on, its record is then the one that
 * heap gives, at any --concurrency.
 */
export function retryLimits(): ResourceLimits {
  return { maxOldGenerationSizeMb: Math.ceil(v8.getHeapStatistics().heap_size_limit / MB) };
}

export interface PoolOptions {
  /** The largest input the batch accepts, in bytes: it sets each worker's memory cap. */
  maxInputBytes: number;
  /** The worker script: WORKER_SCRIPT unless the launcher (src/launch.ts) or a test gives its own. */
  workerUrl?: URL;
  /** Replaces workerLimits(maxInputBytes) (tests give small ones). */
  resourceLimits?: ResourceLimits;
  /** Replaces retryLimits() (tests give small ones). */
  retryLimits?: ResourceLimits;
  /**
   * Extracts a task in this thread, which then counts as one of the pool's `size` extractors
   * (see ExtractionPool). Without it, every extractor is a worker.
   */
  local?: (task: TaskMessage) => Promise<BatchRecord>;
  /** When workers start beside `local`: WORKERS_AFTER by default, { ms: 0, workMs: 0 } at once. */
  workersAfter?: WorkersAfter;
  /** How this thread's extraction is timed, in ms: the process's CPU time unless a test gives a wall clock. */
  cpuClock?: () => number;
}

/** See WORKERS_AFTER. */
export interface WorkersAfter {
  ms: number;
  workMs: number;
  factor?: number;
}

/** The process's CPU time (user and system) in ms: before workers start, this thread's and V8's helpers'. */
export const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The largest input this thread extracts itself; longer ones go to workers only, at any
 * --concurrency. A long article would hold up this thread, which also reads the inputs, feeds the
 * workers, writes the output and hears an interrupt (a signal's handler runs only when this thread
 * is free), and a runaway one must end a worker (which is replaced), not the process.
 */
export const LOCAL_MAX_CHARS = 64 * 1024;

/**
 * When this thread extracts too, workers start only once the pool has used `ms` of CPU time and the
 * tasks waiting in its queue would take this thread at least `workMs`, and at least `factor` times
 * the CPU time the process has used so far, more at its own pace (characters waiting times its
 * recent CPU milliseconds per character). A new worker repeats what this thread went through (start,
 * then cold code for its first articles), which the process's CPU time so far measures on this
 * machine under its load; it repays that only on a batch several times as long. CPU, not wall, time:
 * a loaded machine neither makes a batch longer nor a worker faster (docs/runtime.md).
 */
export const WORKERS_AFTER = { ms: 3000, workMs: 4000, factor: 4 } as const;

/** This thread's tasks before its moving average of their cost is taken for a warm one (see warmMsPerChar). */
const WARM_TASKS = 16;

/**
 * Inputs the batch reads ahead while workers may still start, so that the queue can hold
 * WORKERS_AFTER's work when the batch has it (several seconds are thousands of short articles).
 */
export const WORKERS_LOOKAHEAD = 8192;

/**
 * `size` extractors that turn read inputs into records: worker threads, and with `local` this
 * thread too. Tasks wait in one queue, in input order, and go to the least busy worker while it
 * holds fewer than TASKS_PER_WORKER; this thread takes the next one when every worker is full.
 *
 * This thread extracts too: it warms up first, at full priority, so a short batch goes as fast as
 * on one thread instead of waiting for cold workers (docs/runtime.md).
 *
 * At size 1 this thread and one worker, started for the first long input, take turns: one thread
 * extracts at a time, as --concurrency 1 promises.
 *
 * A worker that dies is replaced: the task it was on becomes an EXTRACT_FAILED record (one out of
 * memory is first tried again alone, see retryLimits), and the tasks it held but had not reached go
 * back into the queue.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly local: PoolOptions['local'];
  private localBusy = false;
  /** Size 1 with this thread extracting: it and the worker for long inputs take turns. */
  private readonly takingTurns: boolean;
  private readonly retryLimits: ResourceLimits;
  /** Tasks tried again alone after their worker ran out of memory: one after another, never two at once. */
  private retries: Promise<void> = Promise.resolve();
  private retrying = 0;
  private readonly aloneWorkers = new Set<Worker>();
  /** Tasks no worker holds yet, in seq order. */
  private readonly queue: Pending[] = [];
  private readonly workerUrl: URL;
  private readonly limits: ResourceLimits;
  private seq = 0;
  private closed = false;
  /** Workers still to start (see WORKERS_AFTER). */
  private unstarted: number;
  /** The process's CPU time when the pool was made (see WORKERS_AFTER). */
  private readonly created: number;
  private readonly workersAfter: WorkersAfter;
  /** Characters of the tasks in the queue. */
  private queuedChars = 0;
  /** This thread's recent CPU milliseconds per character, a moving average over its tasks. */
  private localMsPerChar = 0;
  private localTasks = 0;
  /**
   * The lowest that average has been since this thread's first WARM_TASKS tasks: what a task costs
   * once warm. The average itself runs high for hundreds of tasks (code still being optimised, the
   * compiler's threads counted in the process's CPU time), and would start workers for batches too
   * short to repay them.
   */
  private warmMsPerChar = Infinity;
  private readonly cpuClock: () => number;
  /** Inputs the batch should hold ahead for this pool (run.ts): WORKERS_LOOKAHEAD while workers may start. */
  readonly lookahead: number;

  constructor(
    readonly size: number,
    private readonly options: BatchOptions,
    poolOptions: PoolOptions,
  ) {
    this.workerUrl = poolOptions.workerUrl ?? WORKER_SCRIPT;
    this.limits = poolOptions.resourceLimits ?? workerLimits(poolOptions.maxInputBytes);
    this.local = poolOptions.local;
    this.takingTurns = this.local !== undefined && size === 1;
    this.retryLimits = poolOptions.retryLimits ?? retryLimits();
    this.workersAfter = poolOptions.workersAfter ?? WORKERS_AFTER;
    this.unstarted = this.local ? Math.max(1, size - 1) : size;
    this.cpuClock = poolOptions.cpuClock ?? processCpuMs;
    this.created = this.cpuClock();
    this.lookahead = this.local && size > 1 ? WORKERS_LOOKAHEAD : 0;
    if (!this.local) this.startWorkers();
  }

  /** Worker threads started so far. */
  get workers(): number {
    return this.slots.length;
  }

  private startWorkers(): void {
    for (; this.unstarted > 0; this.unstarted--) this.slots.push(this.spawn());
  }

  private newWorker(limits: ResourceLimits): { worker: Worker; current: Float64Array } {
    const current = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)).fill(-1);
    const workerData: WorkerInit = { options: this.options, current };
    return { worker: new Worker(this.workerUrl, { workerData, resourceLimits: limits }), current };
  }

  private spawn(): Slot {
    const { worker, current } = this.newWorker(this.limits);
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
      if (culprit >= 0 && p.task.seq === culprit && isOutOfMemory(err)) this.retryAlone(p);
      else if (culprit < 0 || p.task.seq === culprit) p.resolve(errorRecord(p.task, err, 'extract'));
      else again.push(p);
    }
    // back in input order (a new worker's tasks came from the queue's end)
    this.queue.push(...again);
    for (const p of again) this.queuedChars += p.task.raw.content.length;
    this.queue.sort((a, b) => a.task.seq - b.task.seq);
    this.pump();
  }

  /** A task whose worker ran out of memory, tried again on a worker of its own with retryLimits. */
  private retryAlone(p: Pending): void {
    this.retrying++;
    this.retries = this.retries.then(async () => {
      const record = await this.extractAlone(p.task);
      this.retrying--;
      p.resolve(record);
      this.pump();
    });
  }

  private extractAlone(task: TaskMessage): Promise<BatchRecord> {
    if (this.closed) return new Promise(() => {}); // closing: nobody waits for it
    const { worker } = this.newWorker(this.retryLimits);
    this.aloneWorkers.add(worker);
    return new Promise((resolve) => {
      let failure: Error | undefined;
      worker.on('message', (batch: ResultMessage[]) => {
        resolve(batch[0]!.record);
        void worker.terminate();
      });
      worker.on('error', (err) => (failure = err));
      worker.on('exit', (code) => {
        this.aloneWorkers.delete(worker);
        resolve(errorRecord(task, failure ?? new Error(`worker stopped with exit code ${code}`), 'extract'));
      });
      worker.postMessage(task);
    });
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
    // a task this thread finishes after close() must start no worker: nothing would end it
    if (this.closed) return;
    if (this.unstarted && this.workersDue()) this.startWorkers();
    while (this.queue.length && !this.closed) {
      if (this.takingTurns && this.extracting()) return;
      const long = this.queue[0]!.task.raw.content.length > LOCAL_MAX_CHARS;
      const slot = this.slots.length ? this.slots.reduce((a, b) => (b.room - b.pending.size > a.room - a.pending.size ? b : a)) : undefined;
      if (slot && slot.pending.size < slot.room && (long || !this.takingTurns)) {
        const p = this.take(slot.room < TASKS_PER_WORKER && !this.takingTurns ? 'newest' : 'oldest');
        slot.pending.set(p.task.seq, p);
        slot.worker.postMessage(p.task);
      } else if (this.local && !this.localBusy && !long) {
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
    if (this.takingTurns) return false;
    const used = this.cpuClock();
    const queued = this.localTasks >= WARM_TASKS ? this.queuedChars * this.warmMsPerChar : 0;
    return used - this.created >= after.ms && queued >= after.workMs && queued >= (after.factor ?? 0) * used;
  }

  /** Whether any thread of the pool is on a task. */
  private extracting(): boolean {
    return this.localBusy || this.retrying > 0 || this.slots.some((s) => s.pending.size > 0);
  }

  /** One task in this thread, after the I/O already waiting: worker results, reads, writes. */
  private extractHere(p: Pending): void {
    this.localBusy = true;
    setImmediate(() => {
      const began = this.cpuClock();
      void this.local!(p.task).then((record) => {
        const msPerChar = (this.cpuClock() - began) / Math.max(1, p.task.raw.content.length);
        this.localMsPerChar = this.localMsPerChar ? 0.9 * this.localMsPerChar + 0.1 * msPerChar : msPerChar;
        if (++this.localTasks >= WARM_TASKS) this.warmMsPerChar = Math.min(this.warmMsPerChar, this.localMsPerChar);
        this.localBusy = false;
        p.resolve(record);
        this.pump();
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots.map((s) => s.worker), ...this.aloneWorkers].map((w) => w.terminate()));
  }
}

/** Whether a worker ended for want of memory (its heap limit), which a roomier heap may not. */
function isOutOfMemory(err: Error): boolean {
  return (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}
