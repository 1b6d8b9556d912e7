// Records for `summarize`: newsfacts NDJSON is read as it is; anything else (an article file, a
// folder of them, a URL, NDJSON of articles) is extracted on the way through the usual pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fromFsError, InputError } from '../errors.js';
import { ITEM_KINDS, type OutputRecord } from '../record/types.js';
import { errorRecord, processInput, type BatchOptions } from '../run.js';
import { walkArticleFiles } from '../sources/files.js';
import { formatOfPath, type InputFormat } from '../sources/formats.js';
import { peekStream } from '../sources/peek.js';
import { expandInputs, type InputOptions } from '../sources/inputs.js';
import { readLines } from '../sources/lines.js';
import { ndjsonLineInput } from '../sources/ndjson.js';

export interface RecordSourceOptions {
  input: InputOptions;
  batch: BatchOptions;
  stdin: Readable;
}

/** A parsed NDJSON object that is a newsfacts record (it has a source and items or an error), not an article. */
export function isOutputRecord(obj: unknown): obj is OutputRecord {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return false;
  const o = obj as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.source === null || typeof o.source !== 'object') return false;
  if (o.error !== undefined) return typeof o.error === 'object' && o.error !== null;
  return ITEM_KINDS.some((k) => Array.isArray(o[k]));
}

/** One NDJSON line: the record it holds, or the record of extracting the article it holds. */
async function recordOfLine(text: string, lineNo: number, file: string | undefined, opts: RecordSourceOptions): Promise<OutputRecord> {
  try {
    const obj: unknown = JSON.parse(text);
    if (isOutputRecord(obj)) return obj;
  } catch {
    // not JSON: ndjsonLineInput turns it into a BAD_JSON error record
  }
  return processInput(ndjsonLineInput(text, lineNo, { path: file, maxBytes: opts.input.maxBytes }), opts.batch);
}

async function* recordsOfNdjson(stream: AsyncIterable<Buffer | string>, file: string | undefined, opts: RecordSourceOptions): AsyncGenerator<OutputRecord> {
  for await (const line of readLines(stream, opts.input.maxBytes)) {
    if ('tooLong' in line) {
      const where = `${file ?? 'stdin'}:${line.lineNo}`;
      yield errorRecord({ id: where, source: { kind: 'ndjson', ...(file ? { path: file } : {}), line: line.lineNo } }, new InputError('TOO_LARGE', `NDJSON line ${where} is over ${opts.input.maxBytes} bytes`));
    } else {
      yield await recordOfLine(line.text, line.lineNo, file, opts);
    }
  }
}

async function* recordsOfInputs(args: string[], opts: RecordSourceOptions, stdin: Readable = opts.stdin): AsyncGenerator<OutputRecord> {
  for await (const item of expandInputs(args, [], stdin, opts.input)) yield await processInput(item, opts.batch);
}

/** The records of a JSON array (`extract --format json`), or undefined when the text is not one. */
export function recordsOfJsonArray(text: string): OutputRecord[] | undefined {
  if (!text.replace(/^\uFEFF/, '').trimStart().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return Array.isArray(value) && value.every(isOutputRecord) ? value : undefined;
  } catch {
    return undefined;
  }
}

async function* recordsOfFile(file: string, opts: RecordSourceOptions): AsyncGenerator<OutputRecord> {
  if (opts.input.format === 'auto' && path.extname(file).toLowerCase() === '.json') {
    const records = await fs.promises.readFile(file, 'utf8').then(recordsOfJsonArray, () => undefined);
    if (records) {
      yield* records;
      return;
    }
  }
  const format: InputFormat = opts.input.format === 'auto' ? (formatOfPath(file) ?? 'auto') : opts.input.format;
  if (format !== 'ndjson') {
    yield* recordsOfInputs([file], opts);
    return;
  }
  let stream: fs.ReadStream;
  try {
    stream = (await fs.promises.open(file, 'r')).createReadStream();
  } catch (err) {
    yield errorRecord({ id: file, source: { kind: 'ndjson', path: file } }, fromFsError(err, file));
    return;
  }
  try {
    yield* recordsOfNdjson(stream, file, opts);
  } finally {
    stream.destroy();
  }
}

/** A folder in sorted order, as `extract` walks it, reading NDJSON files here so that records stay records. */
async function* recordsOfDirectory(dir: string, opts: RecordSourceOptions): AsyncGenerator<OutputRecord> {
  for await (const entry of walkArticleFiles(dir, opts.input.format, opts.input.notify)) {
    if ('error' in entry) yield errorRecord({ id: entry.path, source: { kind: 'file', path: entry.path } }, entry.error);
    else yield* recordsOfFile(entry.file, opts);
  }
}

/** Standard input: NDJSON (records, or articles to extract) when it starts with an object, else one article. */
async function* recordsOfStdin(opts: RecordSourceOptions): AsyncGenerator<OutputRecord> {
  const { headText, replay } = await peekStream(opts.stdin);
  if (opts.input.format === 'auto' && headText.trimStart().startsWith('[')) {
    // a JSON array of records (`extract --format json`) is read whole; anything else goes on as an article
    const chunks: Array<Buffer | string> = [];
    for await (const chunk of replay()) chunks.push(chunk);
    const text = chunks.every((c) => typeof c !== 'string') ? Buffer.concat(chunks as Buffer[]).toString('utf8') : chunks.map(String).join('');
    const records = recordsOfJsonArray(text);
    if (records) yield* records;
    else yield* recordsOfInputs(['-'], opts, Readable.from([Buffer.from(text)]));
    return;
  }
  const ndjson = opts.input.format === 'ndjson' || (opts.input.format === 'auto' && headText.replace(/^\uFEFF/, '').trimStart().startsWith('{'));
  if (ndjson) yield* recordsOfNdjson(replay(), undefined, opts);
  else yield* recordsOfInputs(['-'], opts, Readable.from(replay()));
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every record the inputs give, in input order. */
export async function* summaryRecords(args: readonly string[], opts: RecordSourceOptions): AsyncGenerator<OutputRecord> {
  for (const arg of args) {
    if (arg === '-') yield* recordsOfStdin(opts);
    else if (URL_LIKE.test(arg)) yield* recordsOfInputs([arg], opts);
    else {
      const stat = await fs.promises.stat(arg).catch(() => undefined);
      if (stat?.isDirectory()) yield* recordsOfDirectory(arg, opts);
      else if (stat?.isFile()) yield* recordsOfFile(arg, opts);
      else yield* recordsOfInputs([arg], opts); // the usual NOT_FOUND (or other) error record
    }
  }
}
