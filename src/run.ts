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
  /** Asked before each input: true stops the batch (its output is closed or failed), after the record in hand. */
  shouldStop?(): boolean;
  /**
   * An interrupt: the batch stops reading at once, writes the records already made that are next
   * in order, and stops without waiting for the ones still being made.
   */
  interrupt?: AbortSignal;
}

export interface BatchStats {
  records: number;
  errors: number;
  stopped: boolean;
}

/**
 * Reads one input; a failure to read becomes its error record. A read the run's stop ended (an
 * interrupt, on a FIFO waiting for its writer) is null: it has no record, the batch is stopping.
 */
export async function readInput(item: InputItem): Promise<RawInput | ErrorRecord | null> {
  try {
    return await item.read();
  } catch (err) {
    return (err as Error)?.name === 'AbortError' ? null : errorRecord(item, err, 'read');
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
  if (raw === null) return errorRecord(item, new Error('the read was stopped'));
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
 * Inputs read and records made ahead of the writer, per extractor of the pool: wide enough that a
 * huge article in one extractor leaves the others busy, and how far the pool sees ahead when it
 * weighs starting workers (docs/runtime.md). MAX_CHARS_AHEAD bounds its memory.
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
 * What a batch takes: an input to read and extract, or a record read as it is (`summarize` reads
 * newsfacts records beside articles), which goes to the output in its place without extraction.
 */
export type BatchItem = InputItem | { ready: OutputRecord };

/**
 * Runs a batch: one record per input, written in input order whatever fails. Reading and writing
 * are two loops. The reader reads inputs and starts their records, up to `window` inputs (and
 * MAX_CHARS_AHEAD characters) ahead of the writer, so reads overlap and workers stay busy, then
 * waits for room: memory stays flat however many inputs there are. The writer writes each record
 * as soon as it and those before it are done, so a stream that is slow to come (`tail -f`, a
 * feed) gets each record without waiting for the next input or a full window.
 */
export async function runBatch(
  items: AsyncIterable<BatchItem>,
  writer: RecordWriter,
  opts: BatchOptions,
  hooks: BatchHooks = {},
  startPool?: () => RecordPool,
): Promise<BatchStats> {
  const batch = new Batch(writer, opts, hooks, startPool);
  const written = batch.writeAll();
  try {
    await batch.readAll(items[Symbol.asyncIterator]());
  } finally {
    batch.endOfInput();
    await written;
  }
  if (batch.failure) throw batch.failure.err;
  await writer.finish();
  return batch.stats;
}

/** The state of one batch, shared by its reading loop (readAll) and its writing loop (writeAll). */
class Batch {
  readonly stats: BatchStats = { records: 0, errors: 0, stopped: false };
  failure: { err: unknown } | undefined;
  // With a pool, every input goes to it (this thread is one of its extractors, and it starts its
  // workers only when a batch proves long: parallel/pool.ts); without one, each is extracted here.
  private pool: RecordPool | undefined;
  private window = 1;
  private readonly ahead: Tracked<Ahead>[] = [];
  private charsAhead = 0;
  private largest = 0;
  private readonly reads = new Set<Promise<unknown>>();
  private reading = true;
  private writing = true;
  /** The writer waits on it for the next input, the reader for room in the window. */
  private readonly inputAhead = new Signal();
  private readonly roomAhead = new Signal();

  constructor(
    private readonly writer: RecordWriter,
    private readonly opts: BatchOptions,
    private readonly hooks: BatchHooks,
    private readonly startPool: (() => RecordPool) | undefined,
  ) {}

  /**
   * `work`, or INTERRUPTED as soon as the batch is interrupted, whichever comes first. Each call
   * listens to the signal only until its work settles: a race against one promise that outlives the
   * batch would keep every record it was raced with alive until the batch ends.
   */
  private untilInterrupted<T>(work: Promise<T>): Promise<T | typeof INTERRUPTED> {
    work.catch(() => {}); // abandoned at an interrupt, it may still fail: that is no longer news
    const interrupt = this.hooks.interrupt;
    if (!interrupt) return work;
    if (interrupt.aborted) return Promise.resolve(INTERRUPTED);
    return new Promise((resolve, reject) => {
      const onInterrupt = () => resolve(INTERRUPTED);
      interrupt.addEventListener('abort', onInterrupt, { once: true });
      const settle = () => interrupt.removeEventListener('abort', onInterrupt);
      work.then((value) => (settle(), resolve(value)), (err: unknown) => (settle(), reject(err)));
    });
  }

  private stopping(): boolean {
    if (!this.hooks.shouldStop?.()) return false;
    this.stats.stopped = true;
    return true;
  }

  private full(): boolean {
    return this.ahead.length >= this.window || (this.charsAhead > MAX_CHARS_AHEAD && this.ahead.length > (this.pool?.size ?? 1));
  }

  /** Starts an input: its read, then its record. Reads of several inputs overlap (URLs, files). */
  private start(item: BatchItem): { read: Promise<unknown>; done: Promise<Ahead> } {
    if ('ready' in item) {
      const done = Promise.resolve({ record: item.ready, chars: 0 });
      return { read: done, done };
    }
    const read = readInput(item).then((raw) => {
      this.reads.delete(read);
      if (raw === null || 'error' in raw) return raw;
      this.charsAhead += raw.content.length;
      this.largest = Math.max(this.largest, raw.content.length);
      return raw;
    });
    this.reads.add(read);
    const done = read.then(async (raw): Promise<Ahead> => {
      if (raw === null) return { record: null, chars: 0 };
      if ('error' in raw) return { record: raw, chars: 0 };
      const record = await (this.pool ? this.pool.run({ id: item.id, source: item.source, raw }) : extractFromRaw(item, raw, this.opts));
      return { record, chars: raw.content.length };
    });
    return { read, done };
  }

  async readAll(items: AsyncIterator<BatchItem>): Promise<void> {
    let interrupted = false;
    try {
      for (;;) {
        const next = await this.untilInterrupted(items.next());
        if (next === INTERRUPTED) return void (interrupted = true);
        if (next.done) return;
        if (!this.writing || this.stopping()) break;
        if (!(await this.take(next.value))) return void (interrupted = true);
        if (!this.writing) break;
      }
      await items.return?.();
    } finally {
      // an input source waiting for more (standard input, a slow URL) cannot be told to stop while
      // it waits: it is let go, and ends with the process
      if (interrupted) void items.return?.()?.catch(() => {});
    }
  }

  /** Starts one input, then waits for room for the next; false when interrupted meanwhile. */
  private async take(item: BatchItem): Promise<boolean> {
    if (this.startPool && !this.pool) {
      this.pool = this.startPool();
      this.window = Math.max(2, this.pool.size * RECORDS_AHEAD_PER_EXTRACTOR, this.pool.lookahead ?? 0);
    }
    const { read, done } = this.start(item);
    this.ahead.push(track(done));
    this.inputAhead.wake();
    // Near the character bound, another input as large as the largest so far could pass it: know
    // this one's size before reading the next, so what is held stays within the bound plus one.
    if (this.charsAhead + this.largest > MAX_CHARS_AHEAD && (await this.untilInterrupted(read)) === INTERRUPTED) return false;
    while (this.reads.size >= MAX_READS_AHEAD) if ((await this.untilInterrupted(Promise.race(this.reads))) === INTERRUPTED) return false;
    while (this.writing && this.full()) await this.roomAhead.next();
    return true;
  }

  endOfInput(): void {
    this.reading = false;
    this.inputAhead.wake();
  }

  async writeAll(): Promise<void> {
    try {
      for (;;) {
        if (!this.ahead.length) {
          if (!this.reading) return;
          if ((await this.untilInterrupted(this.inputAhead.next())) === INTERRUPTED) return void (this.stats.stopped = true);
          continue;
        }
        if (this.stopping()) return;
        // interrupted, the records already made are written, and none is waited for
        const next = this.ahead[0]!;
        const made = next.made ?? (await this.untilInterrupted(next.done));
        if (made === INTERRUPTED || made.record === null) return void (this.stats.stopped = true);
        this.ahead.shift();
        this.charsAhead -= made.chars;
        await this.writer.write(made.record);
        this.written(made.record);
        this.roomAhead.wake();
      }
    } catch (err) {
      this.failure = { err };
    } finally {
      this.writing = false;
      this.roomAhead.wake();
    }
  }

  private written(record: BatchRecord): void {
    this.stats.records++;
    if ('error' in record) {
      this.stats.errors++;
      this.hooks.onError?.(record);
    } else {
      for (const w of record.warnings ?? []) this.hooks.onWarning?.(record.id, w);
    }
    this.hooks.onRecord?.(record);
  }
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

/** What the batch's waits give when it is interrupted. */
const INTERRUPTED = Symbol('interrupted');

/** A promise, and its value once it has one (so an interrupted batch knows which records are made). */
interface Tracked<T> {
  done: Promise<T>;
  made?: T;
}

function track<T>(done: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = { done };
  void done.then((value) => (tracked.made = value), () => {});
  return tracked;
}

/** An input's record (null: its read was stopped), and the characters read for it (counted ahead until it is written). */
interface Ahead {
  record: BatchRecord | null;
  chars: number;
}

/** What runBatch needs of a worker pool (ExtractionPool), kept as an interface so tests can fake it. */
export interface RecordPool {
  size: number;
  /** Inputs it needs read ahead beyond RECORDS_AHEAD_PER_EXTRACTOR each, to judge whether to start workers. */
  lookahead?: number;
  run(task: { id: string; source: InputItem['source']; raw: RawInput }): Promise<BatchRecord>;
}
