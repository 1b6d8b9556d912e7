import type { ErrorRecord, SourceRef } from '../record/types.js';
import type { PrintedRecord } from '../output/printed.js';
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

/** One record, printed unless it is an error (output/printed.ts); a worker posts them as ResultMessage[]. */
export interface ResultMessage {
  seq: number;
  record: PrintedRecord | ErrorRecord;
}

export interface WorkerInit {
  options: BatchOptions;
  /**
   * One number shared with the main thread: the seq of the task the worker is extracting, -1 before
   * the first. When a worker dies (out of memory on a huge article), the main thread reads it to
   * fail that task alone and give the worker's other tasks to another worker.
   */
  current: Float64Array;
}
