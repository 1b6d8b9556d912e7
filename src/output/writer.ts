import type { Writable } from 'node:stream';
import type { CsvFormatterStream } from 'fast-csv';
import { neutralisedRow } from './csv-cells.js';
import { CSV_COLUMNS, CSV_NUMERIC_COLUMNS, csvRows, type CsvRow } from './csv-rows.js';
import { fastCsv } from './fast-csv.js';
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

/** Resolves once the chunk is accepted, or after 'drain' when the stream's buffer is full. */
export function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
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

/** Long-format CSV (one row per item) quoted by RFC 4180 through fast-csv, loaded on first use. */
function csvWriter(out: Writable, cells: (row: CsvRow) => CsvRow): RecordWriter {
  // The rows reach the output through fast-csv's stream: when the output closes (`| head`), that
  // stream neither drains nor ends, and its pipe swallows the output's error. So the output's end
  // is watched from the start, and ends every wait on the stream.
  let closed: Error | undefined;
  const waiting = new Set<(err: Error) => void>();
  const close = (err: Error) => {
    closed ??= err;
    for (const settle of waiting) settle(closed);
  };
  out.once('error', close);
  out.once('close', () => close(outputClosed()));
  const waitFor = (stream: CsvFormatterStream<CsvRow, CsvRow>, event: 'drain' | 'end') =>
    new Promise<void>((resolve, reject) => {
      if (closed) return reject(closed);
      const settle = (err?: Error) => {
        waiting.delete(settle);
        stream.removeListener(event, onEvent);
        stream.removeListener('error', settle);
        if (err) reject(err);
        else resolve();
      };
      const onEvent = () => settle();
      waiting.add(settle);
      stream.once(event, onEvent);
      stream.once('error', settle);
    });
  let formatter: CsvFormatterStream<CsvRow, CsvRow> | undefined;
  const csv = () => {
    if (!formatter) {
      formatter = fastCsv().format<CsvRow, CsvRow>({ headers: [...CSV_COLUMNS], alwaysWriteHeaders: true, includeEndRowDelimiter: true });
      formatter.pipe(out, { end: false });
    }
    return formatter;
  };
  return {
    async write(record) {
      const stream = csv();
      for (const row of csvRows(parsedRecord(record))) {
        if (!stream.write(cells(row))) await waitFor(stream, 'drain');
      }
    },
    async finish() {
      const stream = csv();
      const ended = waitFor(stream, 'end');
      stream.end();
      await ended;
    },
  };
}
