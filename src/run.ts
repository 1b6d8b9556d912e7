import { toArticle, type ArticleOptions } from './article/from-input.js';
import { InputError } from './errors.js';
import { extractRecord, type ExtractOptions } from './pipeline.js';
import type { ErrorRecord, OutputRecord } from './record/types.js';
import type { InputItem, RawInput } from './sources/source.js';
import type { RecordWriter } from './output/writer.js';
import type { BatchRecord } from './output/printed.js';

export interface BatchOptions {
  extract: ExtractOptions;
  article: ArticleOptions;
  /** Give each entity of a record its cross-article id (`--link`). */
  link?: boolean;
}

export interface BatchHooks {
  /** Called for every failed input, after its error record is written. */
  onError?(record: ErrorRecord): void;
  /** Called for each warning an input carries (replacement characters, …). */
  onWarning?(id: string, warning: string): void;
  /** Called after each record is written. */
  onRecord?(record: BatchRecord): void;
  /** Asked before each input: true stops the batch (an interrupt), after the record in hand. */
  shouldStop?(): boolean;
}

export interface BatchStats {
  records: number;
  errors: number;
  stopped: boolean;
}

/** Reads one input; a failure to read becomes its error record. */
export async function readInput(item: InputItem): Promise<RawInput | ErrorRecord> {
  try {
    return await item.read();
  } catch (err) {
    return errorRecord(item, err, 'read');
  }
}

let entityIds: Promise<typeof import('./summary/entity-id.js')> | undefined;

/** Turns an input already read into its record; CPU-bound, so it runs in a worker when there are workers. */
export async function extractFromRaw(item: Pick<InputItem, 'id' | 'source'>, raw: RawInput, opts: BatchOptions): Promise<OutputRecord> {
  let stage: 'read' | 'extract' = 'read';
  try {
    const article = await toArticle(item, raw, opts.article);
    stage = 'extract';
    const record = extractRecord(article, opts.extract);
    return opts.link ? (await (entityIds ??= import('./summary/entity-id.js'))).linkRecord(record) : record;
  } catch (err) {
    return errorRecord(item, err, stage);
  }
}

/** Reads and extracts one input in this thread; whatever goes wrong becomes its error record. */
export async function processInput(item: InputItem, opts: BatchOptions): Promise<OutputRecord> {
  const raw = await readInput(item);
  return 'error' in raw ? raw : extractFromRaw(item, raw, opts);
}

export function errorRecord(item: Pick<InputItem, 'id' | 'source'>, err: unknown, stage: 'read' | 'extract' = 'read'): ErrorRecord {
  const error =
    err instanceof InputError
      ? { code: err.code, message: err.message }
      : stage === 'extract'
        ? { code: 'EXTRACT_FAILED' as const, message: `extraction failed on ${item.id}: ${(err as Error)?.message ?? String(err)}` }
        : { code: 'UNREADABLE' as const, message: `cannot read ${item.id}: ${(err as Error)?.message ?? String(err)}` };
  return { id: item.id, source: item.source, error };
}

/**
 * Inputs read and records made ahead of the writer, per extractor of the pool. Output keeps input
 * order, so a record waits for every one before it: the window has to be wide enough that while
 * one extractor spends a second on a huge article, the others go on through ordinary ones (they
 * take about 3 ms each) instead of idling at the window's edge. It is also how far the pool sees
 * ahead when it weighs whether a batch is long enough for workers (parallel/pool.ts, about 1.5 s
 * of this thread's work, some 500 ordinary articles). MAX_CHARS_AHEAD bounds its memory.
 */
export const RECORDS_AHEAD_PER_EXTRACTOR = 256;

/**
 * The characters of inputs read but not yet written, beyond which the batch writes before reading
 * more: a window of huge articles would otherwise hold `window` times --max-bytes.
 */
const MAX_CHARS_AHEAD = 32 * 1024 * 1024;

/**
 * Reads in flight at once. An input's size is known only once it is read, so this bounds what the
 * character bound cannot see (a folder of huge files at the start of a batch), while URLs from
 * many hosts are still fetched side by side (each host gets two at a time: net/host-limiter.ts).
 */
const MAX_READS_AHEAD = 16;

/**
 * Runs a batch: one record per input, written in input order whatever fails. Reading and writing
 * are two loops. The reader reads inputs and starts their records, up to `window` inputs (and
 * MAX_CHARS_AHEAD characters) ahead of the writer, so reads overlap and workers stay busy, then
 * waits for room: memory stays flat however many inputs there are. The writer writes each record
 * as soon as it and those before it are done, so a stream that is slow to come (`tail -f`, a
 * feed) gets each record without waiting for the next input or a full window.
 */
export async function runBatch(
  items: AsyncIterable<InputItem>,
  writer: RecordWriter,
  opts: BatchOptions,
  hooks: BatchHooks = {},
  startPool?: () => RecordPool,
): Promise<BatchStats> {
  const stats: BatchStats = { records: 0, errors: 0, stopped: false };
  // With a pool, every input goes to it (this thread is one of its extractors, and it starts its
  // workers only when a batch proves long: parallel/pool.ts); without one, each is extracted here.
  let pool: RecordPool | undefined;
  let window = 1;
  const ahead: Promise<Ahead>[] = [];
  let charsAhead = 0;
  let reading = true;
  let writing = true;
  let failure: { err: unknown } | undefined;
  /** The writer waits on it for the next input, the reader for room in the window. */
  const inputAhead = new Signal();
  const roomAhead = new Signal();
  const stopping = () => {
    if (!hooks.shouldStop?.()) return false;
    stats.stopped = true;
    return true;
  };

  let largest = 0;
  const reads = new Set<Promise<unknown>>();
  /** Starts an input: its read, then its record. Reads of several inputs overlap (URLs, files). */
  const start = (item: InputItem) => {
    const read = readInput(item).then((raw) => {
      reads.delete(read);
      if ('error' in raw) return raw;
      charsAhead += raw.content.length;
      largest = Math.max(largest, raw.content.length);
      return raw;
    });
    reads.add(read);
    const done = read.then(async (raw): Promise<Ahead> => {
      if ('error' in raw) return { record: raw, chars: 0 };
      const record = await (pool ? pool.run({ id: item.id, source: item.source, raw }) : extractFromRaw(item, raw, opts));
      return { record, chars: raw.content.length };
    });
    return { read, done };
  };

  const writeAll = async () => {
    try {
      for (;;) {
        if (!ahead.length) {
          if (!reading) return;
          await inputAhead.next();
          continue;
        }
        if (stopping()) return;
        const { record, chars } = await ahead[0]!;
        ahead.shift();
        charsAhead -= chars;
        await writer.write(record);
        stats.records++;
        if ('error' in record) {
          stats.errors++;
          hooks.onError?.(record);
        } else {
          for (const w of record.warnings ?? []) hooks.onWarning?.(record.id, w);
        }
        hooks.onRecord?.(record);
        roomAhead.wake();
      }
    } catch (err) {
      failure = { err };
    } finally {
      writing = false;
      roomAhead.wake();
    }
  };
  const written = writeAll();

  const full = () => ahead.length >= window || (charsAhead > MAX_CHARS_AHEAD && ahead.length > (pool?.size ?? 1));
  try {
    for await (const item of items) {
      if (!writing || stopping()) break;
      if (startPool && !pool) {
        pool = startPool();
        window = Math.max(2, pool.size * RECORDS_AHEAD_PER_EXTRACTOR);
      }
      const { read, done } = start(item);
      ahead.push(done);
      inputAhead.wake();
      // Near the character bound, another input as large as the largest so far could pass it: know
      // this one's size before reading the next, so what is held stays within the bound plus one.
      if (charsAhead + largest > MAX_CHARS_AHEAD) await read;
      while (reads.size >= MAX_READS_AHEAD) await Promise.race(reads);
      while (writing && full()) await roomAhead.next();
      if (!writing) break;
    }
  } finally {
    reading = false;
    inputAhead.wake();
    await written;
  }
  if (failure) throw failure.err;
  await writer.finish();
  return stats;
}

/** Wakes the one loop waiting on it, if any. */
class Signal {
  private waiting: (() => void) | undefined;
  next(): Promise<void> {
    return new Promise((resolve) => (this.waiting = resolve));
  }
  wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.();
  }
}

/** An input's record, and the characters read for it (counted ahead until it is written). */
interface Ahead {
  record: BatchRecord;
  chars: number;
}

/** What runBatch needs of a worker pool (ExtractionPool), kept as an interface so tests can fake it. */
export interface RecordPool {
  size: number;
  run(task: { id: string; source: InputItem['source']; raw: RawInput }): Promise<BatchRecord>;
}
