import type { Writable } from 'node:stream';
import { format as csvFormat, type CsvFormatterStream } from 'fast-csv';
import type { OutputRecord } from '../record/types.js';
import { CSV_COLUMNS, csvRows, type CsvRow } from './csv-rows.js';

export type OutputFormat = 'ndjson' | 'json' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ndjson', 'json', 'csv'];

/** Writes records one at a time, in the chosen format, waiting when the stream asks it to. */
export interface RecordWriter {
  write(record: OutputRecord): Promise<void>;
  /** Writes what closes the output (the `]` of a JSON array); does not end the stream. */
  finish(): Promise<void>;
}

export function createWriter(format: OutputFormat, out: Writable): RecordWriter {
  switch (format) {
    case 'ndjson':
      return { write: (r) => writeWithBackpressure(out, JSON.stringify(r) + '\n'), finish: async () => {} };
    case 'json':
      return jsonArrayWriter(out);
    case 'csv':
      return csvWriter(out);
  }
}

/** Resolves once the chunk is accepted, or after 'drain' when the stream's buffer is full. */
export function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) return reject(Object.assign(new Error('output closed'), { code: 'EPIPE' }));
    const ok = out.write(chunk);
    if (ok) return resolve();
    const onDrain = () => {
      out.removeListener('error', onError);
      out.removeListener('close', onClose);
      resolve();
    };
    const onError = (err: Error) => {
      out.removeListener('drain', onDrain);
      out.removeListener('close', onClose);
      reject(err);
    };
    const onClose = () => {
      out.removeListener('drain', onDrain);
      out.removeListener('error', onError);
      reject(Object.assign(new Error('output closed'), { code: 'EPIPE' }));
    };
    out.once('drain', onDrain);
    out.once('error', onError);
    out.once('close', onClose);
  });
}

/** A JSON array written element by element, so a large batch never sits whole in memory. */
function jsonArrayWriter(out: Writable): RecordWriter {
  let count = 0;
  return {
    write: (r) => writeWithBackpressure(out, (count++ === 0 ? '[\n' : ',\n') + JSON.stringify(r)),
    finish: () => writeWithBackpressure(out, count === 0 ? '[]\n' : '\n]\n'),
  };
}

/** Long-format CSV (one row per item) quoted by RFC 4180 through fast-csv. */
function csvWriter(out: Writable): RecordWriter {
  const csv: CsvFormatterStream<CsvRow, CsvRow> = csvFormat<CsvRow, CsvRow>({ headers: [...CSV_COLUMNS], alwaysWriteHeaders: true, includeEndRowDelimiter: true });
  csv.pipe(out, { end: false });
  return {
    async write(record) {
      for (const row of csvRows(record)) {
        if (!csv.write(row)) await new Promise<void>((resolve) => csv.once('drain', () => resolve()));
      }
    },
    finish: () =>
      new Promise<void>((resolve, reject) => {
        csv.once('error', reject);
        csv.once('end', () => resolve());
        csv.end();
      }),
  };
}
