// `--resume` with `-o FILE.ndjson`: the records FILE holds already are read back by id, their
// inputs are skipped without being read, and the new records are appended to FILE.
import fs from 'node:fs';
import type { BatchItem } from '../run.js';
import { OutputRefused, outputTarget } from './output-target.js';
import { appendingSink, dropUnfinishedLine, type Sink } from './sink.js';
import { reasonOf } from './write-failure.js';

/** The records an output file holds: how many, and how many of each id (inputs may share one). */
export interface FinishedRecords {
  file: string;
  records: number;
  /** Error records among them: a resumed run exits as the whole run would have. */
  errors: number;
  ids: ReadonlyMap<string, number>;
}

/**
 * Opens `given` (a regular file, or a new one) to resume into: its last line is dropped when it
 * was written only in part, the ids of its records are read, and the sink appends. Throws
 * OutputRefused, naming `given`, for what is no regular file or holds a line that is no record.
 */
export function openResumed(given: string): { sink: Sink; finished: FinishedRecords } {
  const target = outputTarget(given);
  if (target.kind !== 'replace') throw new OutputRefused(`cannot resume into ${given}: --resume needs -o to name a regular file`);
  let fd: number;
  try {
    fd = fs.openSync(target.path, 'a+', 0o644);
  } catch (err) {
    throw new OutputRefused(`cannot write ${given}: ${reasonOf(err)}`);
  }
  try {
    const finished = readRecords(fd, dropUnfinishedLine(fd), given);
    return { sink: appendingSink(given, fd), finished };
  } catch (err) {
    fs.closeSync(fd);
    throw err instanceof OutputRefused ? err : new OutputRefused(`cannot read ${given}: ${reasonOf(err)}`);
  }
}

/** The inputs whose records are not among `finished`, in order, none of them read. */
export async function* unfinishedItems(items: AsyncIterable<BatchItem>, finished: FinishedRecords): AsyncGenerator<BatchItem> {
  const left = new Map(finished.ids);
  for await (const item of items) {
    const id = 'ready' in item ? item.ready.id : item.id;
    const n = left.get(id);
    if (n === undefined) yield item;
    else if (n > 1) left.set(id, n - 1);
    else left.delete(id);
  }
}

/** How much of the file is read at a time. */
const READ_CHUNK = 1024 * 1024;

/** The records in the first `size` bytes of the file (whole lines): their ids, counted, and their errors. */
function readRecords(fd: number, size: number, given: string): FinishedRecords {
  const chunk = Buffer.alloc(READ_CHUNK);
  const ids = new Map<string, number>();
  let pending: Buffer[] = [];
  let records = 0;
  let errors = 0;
  let lineNo = 0;
  for (let at = 0; at < size; ) {
    const read = fs.readSync(fd, chunk, 0, Math.min(READ_CHUNK, size - at), at);
    if (read === 0) break;
    at += read;
    let from = 0;
    for (let newline = chunk.indexOf(0x0a, from); newline >= 0 && newline < read; newline = chunk.indexOf(0x0a, from)) {
      const line = Buffer.concat([...pending, chunk.subarray(from, newline)]).toString('utf8');
      pending = [];
      from = newline + 1;
      lineNo++;
      if (!line.trim()) continue;
      const id = idOf(line);
      if (id === undefined) throw new OutputRefused(`cannot resume ${given}: line ${lineNo} is not a newsfacts record`);
      ids.set(id, (ids.get(id) ?? 0) + 1);
      records++;
      if (isErrorRecord(line)) errors++;
    }
    if (from < read) pending.push(Buffer.from(chunk.subarray(from, read)));
  }
  return { file: given, records, errors, ids };
}

/**
 * An error record has `error` at its top level. Outside a string, `"error":{"code":` can only be a
 * key (inside one, its quotes would be escaped), so only a line holding it is parsed.
 */
function isErrorRecord(line: string): boolean {
  if (!line.includes('"error":{"code":')) return false;
  try {
    return typeof (JSON.parse(line) as { error?: unknown }).error === 'object';
  } catch {
    return false;
  }
}

/** A record's line starts with its id (printed.ts writes `id` first): read that alone when it can. */
const LEADING_ID = /^\{"id":(?<id>"(?:[^"\\]|\\.)*")[,}]/;

function idOf(line: string): string | undefined {
  const lead = LEADING_ID.exec(line);
  try {
    if (lead) return JSON.parse(lead.groups!.id!) as string;
    const record: unknown = JSON.parse(line);
    const id = (record as { id?: unknown } | null)?.id;
    return typeof id === 'string' && typeof record === 'object' ? id : undefined;
  } catch {
    return undefined;
  }
}
