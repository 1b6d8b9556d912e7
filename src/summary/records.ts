// The inputs of `summarize`: newsfacts records (NDJSON or a JSON array) are read as they are;
// anything else (an article file, a folder of them, a URL, NDJSON of articles) is an input that the
// batch runner extracts, as `extract` does.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ITEM_KINDS, type OutputRecord } from '../record/types.js';
import type { BatchItem } from '../run.js';
import { inputsFromNdjsonFile, walkArticleFiles } from '../sources/files.js';
import { formatOfPath, looksLikeNdjson, type InputFormat } from '../sources/formats.js';
import { peekStream } from '../sources/peek.js';
import { expandInputs, isUrlLike, type InputOptions } from '../sources/inputs.js';
import { failingInput, ndjsonInputs, ndjsonLineInput } from '../sources/ndjson.js';

/** A parsed NDJSON object that is a newsfacts record (it has a source and items or an error), not an article. */
export function isOutputRecord(obj: unknown): obj is OutputRecord {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return false;
  const o = obj as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.source === null || typeof o.source !== 'object') return false;
  if (o.error !== undefined) return typeof o.error === 'object' && o.error !== null;
  return ITEM_KINDS.some((k) => Array.isArray(o[k]));
}

/** One NDJSON line: the record it holds, or the article it holds as an input. */
function itemOfLine(text: string, lineNo: number, file: string | undefined, maxBytes: number): BatchItem {
  try {
    const obj: unknown = JSON.parse(text);
    if (isOutputRecord(obj)) return { ready: obj };
  } catch {
    // not JSON: ndjsonLineInput turns it into a BAD_JSON error record
  }
  return ndjsonLineInput(text, lineNo, { path: file, maxBytes });
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

const ready = (records: OutputRecord[]): BatchItem[] => records.map((record) => ({ ready: record }));

async function* itemsOfFile(file: string, opts: InputOptions): AsyncGenerator<BatchItem> {
  if (opts.format === 'auto' && path.extname(file).toLowerCase() === '.json') {
    const records = await fs.promises.readFile(file, 'utf8').then(recordsOfJsonArray, () => undefined);
    if (records) {
      yield* ready(records);
      return;
    }
  }
  const format: InputFormat = opts.format === 'auto' ? (formatOfPath(file) ?? 'auto') : opts.format;
  if (format === 'ndjson') yield* inputsFromNdjsonFile(file, opts.maxBytes, (text, lineNo) => itemOfLine(text, lineNo, file, opts.maxBytes), opts.stop);
  else yield* expandInputs([file], [], Readable.from([]), opts);
}

/** A folder in sorted order, as `extract` walks it, reading NDJSON files here so that records stay records. */
async function* itemsOfDirectory(dir: string, opts: InputOptions): AsyncGenerator<BatchItem> {
  for await (const entry of walkArticleFiles(dir, opts.format, opts.notify)) {
    if ('error' in entry) yield failingInput(entry.path, { kind: 'file', path: entry.path }, entry.error);
    else yield* itemsOfFile(entry.file, opts);
  }
}

/** Standard input: a JSON array of records, NDJSON (records, or articles to extract), or one article. */
async function* itemsOfStdin(stdin: Readable, opts: InputOptions): AsyncGenerator<BatchItem> {
  const { headText, replay } = await peekStream(stdin);
  if (opts.format === 'auto' && headText.trimStart().startsWith('[')) {
    // a JSON array of records (`extract --format json`) is read whole; anything else goes on as an article
    const chunks: Array<Buffer | string> = [];
    for await (const chunk of replay()) chunks.push(chunk);
    const text = chunks.every((c) => typeof c !== 'string') ? Buffer.concat(chunks as Buffer[]).toString('utf8') : chunks.map(String).join('');
    const records = recordsOfJsonArray(text);
    if (records) yield* ready(records);
    else yield* expandInputs(['-'], [], Readable.from([Buffer.from(text)]), opts);
    return;
  }
  const ndjson = opts.format === 'ndjson' || (opts.format === 'auto' && looksLikeNdjson(headText));
  if (ndjson) yield* ndjsonInputs(replay(), { maxBytes: opts.maxBytes }, (text, lineNo) => itemOfLine(text, lineNo, undefined, opts.maxBytes));
  else yield* expandInputs(['-'], [], Readable.from(replay()), opts);
}

/** Every item the inputs name, in input order, then the URLs of --urls (the batch runner's `items`). */
export async function* summaryItems(args: readonly string[], urls: readonly string[], stdin: Readable, opts: InputOptions): AsyncGenerator<BatchItem> {
  for (const arg of args) {
    if (arg === '-') yield* itemsOfStdin(stdin, opts);
    else if (isUrlLike(arg)) yield* expandInputs([arg], [], stdin, opts);
    else {
      const stat = await fs.promises.stat(arg).catch(() => undefined);
      if (stat?.isDirectory()) yield* itemsOfDirectory(arg, opts);
      else if (stat?.isFile()) yield* itemsOfFile(arg, opts);
      else yield* expandInputs([arg], [], stdin, opts); // the usual NOT_FOUND (or other) error record
    }
  }
  yield* expandInputs([], urls, stdin, opts);
}
