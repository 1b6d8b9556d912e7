import type { OutputRecord } from '../record/types.js';

/**
 * A record already serialised to its JSON text by the worker that made it. Passing a record's
 * object graph between threads costs a structured-clone serialisation in the worker and a
 * deserialisation in the main thread, and the main thread then serialises it again for the output;
 * a string crosses almost for free, and the main thread, which shares the cores with the workers,
 * only copies it out. Error records are not printed: they are small and the batch reads them.
 */
export interface PrintedRecord {
  id: string;
  json: string;
  warnings?: string[];
}

/** What a batch writes: a record, or one a worker has printed. */
export type BatchRecord = OutputRecord | PrintedRecord;

export function printRecord(record: OutputRecord): PrintedRecord {
  const printed: PrintedRecord = { id: record.id, json: JSON.stringify(record) };
  if (!('error' in record) && record.warnings?.length) printed.warnings = record.warnings;
  return printed;
}

const isPrinted = (r: BatchRecord): r is PrintedRecord => 'json' in r;

/** The record's JSON text, the same whether a worker printed it or not. */
export const jsonOf = (r: BatchRecord): string => (isPrinted(r) ? r.json : JSON.stringify(r));

/** The record itself, parsed back when a worker printed it (CSV needs its fields). */
export const parsedRecord = (r: BatchRecord): OutputRecord => (isPrinted(r) ? (JSON.parse(r.json) as OutputRecord) : r);
