import { parentPort, workerData } from 'node:worker_threads';
import { extractFromRaw } from '../run.js';
import { RESULT_BATCH, type ResultMessage, type TaskMessage, type WorkerInit } from './protocol.js';

// One extraction worker: the lexicons and the gazetteer load once here, then every task reuses them.
const { options } = workerData as WorkerInit;

// Results go back in batches: each message wakes the main thread (about 1.5 ms of its time on this
// machine), and the main thread shares the cores with the workers. Tasks already queued here are
// all extracted before setImmediate fires, so a batch is what the worker had in hand, up to
// RESULT_BATCH; a worker that runs dry sends what it has at once, so nothing waits for a batch to fill.
let outbox: ResultMessage[] = [];
let flushQueued = false;
const flush = () => {
  flushQueued = false;
  if (!outbox.length) return;
  parentPort!.postMessage(outbox);
  outbox = [];
};

parentPort!.on('message', async (task: TaskMessage) => {
  const record = await extractFromRaw({ id: task.id, source: task.source }, task.raw, options);
  outbox.push({ seq: task.seq, record });
  if (outbox.length >= RESULT_BATCH) flush();
  else if (!flushQueued) {
    flushQueued = true;
    setImmediate(flush);
  }
});
