import type { Writable } from 'node:stream';
import { neutralisedRow } from './csv-cells.js';
import { CSV_COLUMNS, CSV_NUMERIC_COLUMNS, csvRows, type CsvRow } from './csv-rows.js';
import { csvHeader, csvLine } from './csv-format.js';
import { jsonOf, parsedRecord, type BatchRecord } from './printed.js';

export type OutputFormat = 'ndjson' | 'json' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ndjson', 'json', 'csv'];

/** Writes records one at a time, in the chosen format, waiting when the stream asks it to. */
export interface RecordWriter {
  write(record: BatchRecord): Promise<void>;
  /** Writes what closes the output (the `]` of a JSON array); does not end the stream. */
  finish(): Promise<void>;
}

/** How CSV cells are written: neutralised against formula injection unless `csvRaw`. */
export interface WriterOptions {
  csvRaw?: boolean;
}

export function createWriter(format: OutputFormat, out: Writable, options: WriterOptions = {}): RecordWriter {
  switch (format) {
    case 'ndjson':
      return { write: (r) => writeWithBackpressure(out, jsonOf(r) + '\n'), finish: async () => {} };
    case 'json':
      return jsonArrayWriter(out);
    case 'csv':
      return csvWriter(out, options.csvRaw ? (row) => row : (row) => neutralisedRow(row, CSV_NUMERIC_COLUMNS));
  }
}

/** Resolves once the chunk (a record, for a stream of objects) is accepted, or after 'drain' when the stream's buffer is full. */
export function writeWithBackpressure(out: Writable, chunk: string | BatchRecord): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) return reject(outputClosed());
    if (out.write(chunk)) return resolve();
    const settle = (err?: Error) => {
      out.removeListener('drain', onDrain);
      out.removeListener('error', settle);
      out.removeListener('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(outputClosed());
    out.once('drain', onDrain);
    out.once('error', settle);
    out.once('close', onClose);
  });
}

const outputClosed = () => Object.assign(new Error('output closed'), { code: 'EPIPE' });

/** A JSON array written element by element, so a large batch never sits whole in memory. */
function jsonArrayWriter(out: Writable): RecordWriter {
  let count = 0;
  return {
    write: (r) => writeWithBackpressure(out, (count++ === 0 ? '[\n' : ',\n') + jsonOf(r)),
    finish: () => writeWithBackpressure(out, count === 0 ? '[]\n' : '\n]\n'),
  };
}

/** Long-format CSV (one row per item) by RFC 4180, the header first even when no record comes. */
function csvWriter(out: Writable, cells: (row: CsvRow) => CsvRow): RecordWriter {
  let header = csvHeader(CSV_COLUMNS);
  const withHeader = (lines: string): string => {
    const chunk = header + lines;
    header = '';
    return chunk;
  };
  return {
    write: (record) => writeWithBackpressure(out, withHeader(csvRows(parsedRecord(record)).map((row) => csvLine(CSV_COLUMNS, cells(row))).join(''))),
    finish: async () => {
      if (header) await writeWithBackpressure(out, withHeader(''));
    },
  };
}
