import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../record/types.js';
import { errorRecord, type BatchOptions } from '../run.js';
import type { ResultMessage, TaskMessage, WorkerInit } from './protocol.js';

interface Pending {
  task: TaskMessage;
  resolve: (r: OutputRecord) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * A fixed set of worker threads that turn read inputs into records. Tasks go to the least busy
 * worker; a worker that dies fails only its own tasks (as EXTRACT_FAILED records) and is replaced.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly options: BatchOptions,
    private readonly workerUrl: URL = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, { workerData: { options: this.options } satisfies WorkerInit });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (msg: ResultMessage) => {
      const p = slot.pending.get(msg.seq);
      if (!p) return;
      slot.pending.delete(msg.seq);
      p.resolve(msg.record);
    });
    const fail = (err: unknown) => {
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      for (const p of lost) p.resolve(errorRecord(p.task, err instanceof Error ? err : new Error(`worker stopped (${String(err)})`), 'extract'));
      if (!this.closed) this.slots[this.slots.indexOf(slot)] = this.spawn();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size) fail(new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  run(task: Omit<TaskMessage, 'seq'>): Promise<OutputRecord> {
    const full: TaskMessage = { ...task, seq: this.seq++ };
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve) => {
      slot.pending.set(full.seq, { task: full, resolve });
      slot.worker.postMessage(full);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
