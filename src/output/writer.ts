import type { Writable } from 'node:stream';
import type { CsvFormatterStream } from 'fast-csv';
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

/** Long-format CSV (one row per item) quoted by RFC 4180 through fast-csv, loaded on first use. */
function csvWriter(out: Writable): RecordWriter {
  let formatter: Promise<CsvFormatterStream<CsvRow, CsvRow>> | undefined;
  const csv = () =>
    (formatter ??= import('fast-csv').then(({ format }) => {
      const stream = format<CsvRow, CsvRow>({ headers: [...CSV_COLUMNS], alwaysWriteHeaders: true, includeEndRowDelimiter: true });
      stream.pipe(out, { end: false });
      return stream;
    }));
  return {
    async write(record) {
      const stream = await csv();
      for (const row of csvRows(record)) {
        if (!stream.write(row)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      }
    },
    async finish() {
      const stream = await csv();
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.once('end', () => resolve());
        stream.end();
      });
    },
  };
}
