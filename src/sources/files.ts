import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { looksBinary } from './binary.js';
import { readBounded } from './bounded-read.js';
import { decodeBytes } from './decode.js';
import { fromFsError, InputError } from '../errors.js';
import type { SourceRef } from '../record/types.js';
import { collectionInputs } from './collections.js';
import { ARTICLE_ENDINGS, formatOfPath, isArticlePath, isCollectionFormat, sniffMarkup, type CollectionFormat, type InputFormat } from './formats.js';
import { gunzipBytes, isGzipBytes, ungzipped } from './gzip.js';
import { failingInput } from './ndjson.js';
import { openSpecialFile } from './special-files.js';
import type { InputItem, RawInput } from './source.js';
import type { ColumnNames } from './table-articles.js';

export interface FileSourceOptions {
  format: InputFormat;
  maxBytes: number;
  /** One line of information for the user (a skipped file, a warning); goes to stderr. */
  notify: (message: string) => void;
  /** The run's stop (an interrupt): a read that waits, on a FIFO with no writer, ends at it. */
  stop?: AbortSignal;
  /** The columns of a CSV or TSV table named by the user (`--text-column` …). */
  columns?: ColumnNames;
}

/**
 * The inputs a path names: a file (or each line of an NDJSON file), or every article file below a
 * directory in a stable, sorted order. Anything wrong with a path becomes a failing input, so the
 * batch gives an error record for it and goes on.
 */
export async function* inputsFromPath(p: string, opts: FileSourceOptions): AsyncGenerator<InputItem> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(p);
  } catch (err) {
    yield failingInput(p, { kind: 'file', path: p }, fromFsError(err, p));
    return;
  }
  if (stat.isDirectory()) {
    let found = 0;
    for await (const item of walkDirectory(p, opts)) {
      found++;
      yield item;
    }
    if (found === 0) {
      yield failingInput(p, { kind: 'file', path: p }, new InputError('NO_ARTICLES', `no article files (${ARTICLE_ENDINGS}) in ${p}`));
    }
    return;
  }
  yield* inputsFromFile(p, opts.format, opts);
}

/** What a directory walk finds: an article file to read, or a place it could not go. */
export type WalkEntry = { file: string } | { path: string; error: InputError };

/**
 * Every article file below a directory, in a stable sorted order (the same on every machine,
 * whatever order the file system lists them in). Hidden entries are passed over; other files are
 * skipped with a notice; a symbolic link back into an ancestor is a SYMLINK_LOOP, never a hang.
 * Shared by `extract` and `summarize`.
 */
export async function* walkArticleFiles(dir: string, format: InputFormat, notify: (m: string) => void, ancestors: string[] = []): AsyncGenerator<WalkEntry> {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = await fs.promises.realpath(dir);
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: fromFsError(err, dir) };
    return;
  }
  if (ancestors.includes(real)) {
    yield { path: dir, error: new InputError('SYMLINK_LOOP', `symbolic link loop: ${dir} leads back to ${real}`) };
    return;
  }
  const chain = [...ancestors, real];
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .git and friends hold no articles
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.promises.stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        yield { path: full, error: fromFsError(err, full) };
        continue;
      }
    }
    if (isDir) yield* walkArticleFiles(full, format, notify, chain);
    else if (isFile && (format !== 'auto' || isArticlePath(full))) yield { file: full };
    else if (isFile) notify(`skipped ${full}: not an article file (${ARTICLE_ENDINGS})`);
  }
}

async function* walkDirectory(dir: string, opts: FileSourceOptions): AsyncGenerator<InputItem> {
  for await (const entry of walkArticleFiles(dir, opts.format, opts.notify)) {
    if ('error' in entry) yield failingInput(entry.path, { kind: 'file', path: entry.path }, entry.error);
    else yield* inputsFromFile(entry.file, opts.format, opts);
  }
}

async function* inputsFromFile(file: string, format: InputFormat, opts: FileSourceOptions): AsyncGenerator<InputItem> {
  const resolved = format === 'auto' ? formatOfPath(file) : format;
  if (isCollectionFormat(resolved)) {
    yield* inputsFromCollectionFile(file, resolved, opts);
    return;
  }
  const source: SourceRef = { kind: 'file', path: file };
  yield { id: file, source, read: () => readArticleFile(file, resolved, opts.maxBytes, opts.stop) };
}

/** How a file of many articles is read: the bound of each item, the user's columns, the run's stop. */
export type CollectionFileOptions = Pick<FileSourceOptions, 'maxBytes' | 'stop' | 'columns'>;

/**
 * The inputs of a file of many articles (collections.ts), decompressed as read when it is gzip; a
 * file that cannot be read, or breaks off, is one failing input more.
 */
export async function* inputsFromCollectionFile<T = InputItem>(
  file: string,
  format: CollectionFormat,
  opts: CollectionFileOptions,
  ofLine?: (text: string, lineNo: number) => T | InputItem,
): AsyncGenerator<T | InputItem> {
  const source: SourceRef = { kind: format === 'ndjson' ? 'ndjson' : format === 'json' ? 'json' : 'csv', path: file };
  let stream: Readable;
  try {
    stream = await openFileStream(file);
  } catch (err) {
    yield failingInput(file, source, fromFsError(err, file));
    return;
  }
  // the run's stop ends a FIFO's wait for lines; the batch, stopping, takes no more of them
  const onStop = () => stream.destroy();
  opts.stop?.addEventListener('abort', onStop, { once: true });
  try {
    const origin = { path: file, maxBytes: opts.maxBytes, ...(opts.columns ? { columns: opts.columns } : {}) };
    yield* collectionInputs(ungzipped(stream, file), format, origin, ofLine);
  } catch (err) {
    if (!opts.stop?.aborted) yield failingInput(file, source, err instanceof InputError ? err : fromFsError(err, file));
  } finally {
    opts.stop?.removeEventListener('abort', onStop);
    stream.destroy();
  }
}

/** The inputs of an NDJSON file, one a line (`ofLine` as in ndjsonInputs); a file that cannot be read is one failing input. */
export function inputsFromNdjsonFile<T = InputItem>(
  file: string,
  maxBytes: number,
  ofLine?: (text: string, lineNo: number) => T | InputItem,
  stop?: AbortSignal,
): AsyncGenerator<T | InputItem> {
  return inputsFromCollectionFile(file, 'ndjson', { maxBytes, ...(stop ? { stop } : {}) }, ofLine);
}

/** A file as a stream: a regular one read as usual, a FIFO or a device without blocking a thread. */
async function openFileStream(file: string): Promise<Readable> {
  const stat = await fs.promises.stat(file);
  if (stat.isFile() || stat.isDirectory()) return (await fs.promises.open(file, 'r')).createReadStream();
  return openSpecialFile(file);
}

/**
 * Reads one text or HTML file, refusing what is not an article before decoding it. A FIFO or a
 * device is read as a stream, with the same limit and binary check (bounded-read.ts).
 */
export async function readArticleFile(file: string, format: 'text' | 'html' | undefined, maxBytes: number, stop?: AbortSignal): Promise<RawInput> {
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile() && !stat.isDirectory()) bytes = await readBounded(await openSpecialFile(file), file, maxBytes, stop);
    else if (stat.size > maxBytes) throw new InputError('TOO_LARGE', `${file} is ${stat.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    else bytes = await fs.promises.readFile(file);
    // gzip whatever the name (story.html.gz, story.gz, or a .txt that is gzip), capped once decompressed
    if (isGzipBytes(bytes)) bytes = await gunzipBytes(bytes, file, maxBytes);
  } catch (err) {
    throw err instanceof InputError || stop?.aborted ? err : fromFsError(err, file);
  }
  return rawFromBytes(bytes, file, format);
}

/** Bytes of a text or HTML input (a file, stdin) to a raw input; shared by every byte source. */
export function rawFromBytes(bytes: Uint8Array, name: string, format: 'text' | 'html' | undefined): RawInput {
  if (bytes.length === 0) throw new InputError('EMPTY', `${name} is empty`);
  if (looksBinary(bytes)) throw new InputError('BINARY', `${name} is not text (it holds NUL bytes)`);
  const decoded = decodeBytes(bytes, { html: format === 'html' });
  if (decoded.text.trim() === '') throw new InputError('EMPTY', `${name} holds only white space`);
  const warnings = decoded.warnings.map((w) => `${name}: ${w}`);
  return {
    format: format ?? sniffMarkup(decoded.text),
    content: decoded.text,
    ...(warnings.length ? { warnings } : {}),
  };
}
