import { parentPort, workerData } from 'node:worker_threads';
import { extractFromRaw } from '../run.js';
import type { ResultMessage, TaskMessage, WorkerInit } from './protocol.js';

// One extraction worker: compromise and the lexicons load once here, then every task reuses them.
const { options } = workerData as WorkerInit;
parentPort!.on('message', async (task: TaskMessage) => {
  const record = await extractFromRaw({ id: task.id, source: task.source }, task.raw, options);
  parentPort!.postMessage({ seq: task.seq, record } satisfies ResultMessage);
});
