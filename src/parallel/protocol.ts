import type { OutputRecord, SourceRef } from '../record/types.js';
import type { RawInput } from '../sources/source.js';
import type { BatchOptions } from '../run.js';

/** What the main thread sends a worker: an input already read, to turn into a record. */
export interface TaskMessage {
  seq: number;
  id: string;
  source: SourceRef;
  raw: RawInput;
}

/** A worker posts its results as an array of at most this many (see worker.ts). */
export const RESULT_BATCH = 4;

/** One record; a worker posts them as ResultMessage[]. */
export interface ResultMessage {
  seq: number;
  record: OutputRecord;
}

export interface WorkerInit {
  options: BatchOptions;
}
