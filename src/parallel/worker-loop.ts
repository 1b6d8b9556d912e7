import { parentPort, workerData } from 'node:worker_threads';
import { printRecord } from '../output/printed.js';
import { extractFromRaw } from '../run.js';
import { RESULT_BATCH, type ResultMessage, type TaskMessage, type WorkerInit } from './protocol.js';
import { lowerThreadPriority, WORKER_NICE } from './priority.js';

/**
 * The loop of one extraction worker thread: takes tasks from the main thread (parallel/pool.ts)
 * and posts their records back. The lexicons and the gazetteer load once in a worker, then every
 * task reuses them. Run by the worker script, parallel/worker.ts, or by the launcher when the
 * worker was started from the bundle (launch.ts).
 */
export function runWorker(): void {
  const { options, current } = workerData as WorkerInit;
  lowerThreadPriority(WORKER_NICE);

  // Results go back in batches, since each message costs the main thread a wake-up; a batch is what
  // the worker had in hand (up to RESULT_BATCH), sent at once when it runs dry.
  let outbox: ResultMessage[] = [];
  let flushQueued = false;
  const flush = () => {
    flushQueued = false;
    if (!outbox.length) return;
    parentPort!.postMessage(outbox);
    outbox = [];
  };

  // Tasks run one at a time, in the order they came, so `current` names the one in hand exactly.
  const queue: TaskMessage[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      current[0] = task.seq;
      const record = await extractFromRaw({ id: task.id, source: task.source }, task.raw, options);
      outbox.push({ seq: task.seq, record: 'error' in record ? record : printRecord(record) });
      if (outbox.length >= RESULT_BATCH) flush();
      else if (!flushQueued) {
        flushQueued = true;
        setImmediate(flush);
      }
    }
    running = false;
  };

  parentPort!.on('message', (task: TaskMessage) => {
    queue.push(task);
    if (!running) void drain();
  });
}
