// What `extract` and `summarize` share around the batch runner (run.ts): the notices and progress
// line on stderr, the URL list, standard input when nothing is named, interrupts, the `-o` sink and
// a failure to write, the worker pool, and the exit code.
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { ExtractionPool } from './parallel/pool.js';
import type { TaskMessage } from './parallel/protocol.js';
import type { ProgressLine } from './output/progress.js';
import { OutputRefused } from './output/output-target.js';
import { openResumed, unfinishedItems, type FinishedRecords } from './output/resume.js';
import { summaryLine } from './output/run-figures.js';
import { outputSink, stdoutSink, type Sink } from './output/sink.js';
import { writeFailure } from './output/write-failure.js';
import type { RecordWriter } from './output/writer.js';
import { extractFromRaw, runBatch, type BatchItem, type BatchOptions, type BatchStats } from './run.js';
import { columnsOf, type RunFlags } from './run-options.js';
import { isUrlLike, type InputOptions } from './sources/inputs.js';
import { readUrlList } from './sources/url.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
/** Output that cannot be written (a folder, a missing folder, a full disk): the usage error's code, as the README lists it. */
export const EXIT_UNWRITABLE = EXIT_USAGE;
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Standard input; process.stdin unless a test gives its own. */
  stdin?: Readable;
  /** The script each extraction worker runs: the launcher's when started from the bundle (launch.ts). */
  workerUrl?: URL;
}

/** What a batch command makes of the shared run: its inputs, its extraction, its output. */
export interface BatchCommand {
  /** Said when nothing is named and nothing is piped. */
  noInputs: string;
  /** The items the command line names, in order (summarize also yields records read as they are). */
  items(args: readonly string[], urls: readonly string[], stdin: Readable, options: InputOptions): AsyncIterable<BatchItem>;
  batch: BatchOptions;
  /** How records reach the output. */
  writer(out: Writable): RecordWriter;
  /** The sink of `-o` when the command has one of its own (extract's tables); else the file's. */
  outputSink?(given: string): Sink | undefined;
  /** Whether the output is one NDJSON record a line, which `--resume` reads back (extract --format ndjson). */
  resumable?: boolean;
}

/** The colours messages on stderr use; off the terminal, text unchanged (as chalk leaves it at level 0). */
type Colour = { red(text: string): string; dim(text: string): string };
const PLAIN: Colour = { red: (text) => text, dim: (text) => text };

/** Messages on stderr: `say` always, `notify` unless quiet; above the progress line when there is one. */
interface Console {
  say(line: string): void;
  notify(line: string): void;
  chalk: Colour;
  progress: ProgressLine | null;
}

async function openConsole(stderr: NodeJS.WriteStream, quiet: boolean): Promise<Console> {
  // Colour and the progress line show only on a terminal, so their modules (chalk is slow to load
  // for a single article's run) load only for one.
  let chalk: Colour = PLAIN;
  let progress: ProgressLine | null = null;
  if (stderr.isTTY) {
    const [{ colourFor }, { ProgressLine }] = await Promise.all([import('./output/colour.js'), import('./output/progress.js')]);
    const colour = colourFor(stderr);
    chalk = colour;
    if (ProgressLine.enabled(stderr, quiet)) progress = new ProgressLine(stderr, colour);
  }
  const say = (line: string) => (progress ? progress.above(`newsfacts: ${line}\n`) : stderr.write(`newsfacts: ${line}\n`));
  return { say, notify: quiet ? () => {} : (msg: string) => say(chalk.dim(msg)), chalk, progress };
}

/** The inputs to read, standard input when nothing is named and it is piped; undefined for a usage error. */
function resolveInputs(inputs: string[], flags: RunFlags, stdin: Readable, out: Console, noInputs: string): { args: string[]; urls: string[] } | undefined {
  let urls: string[] = [];
  if (flags.urls) {
    try {
      urls = readUrlList(fs.readFileSync(flags.urls, 'utf8'));
    } catch (err) {
      out.say(out.chalk.red(`cannot read the URL list ${flags.urls}: ${(err as Error).message}`));
      return undefined;
    }
  }
  if (inputs.length > 0 || urls.length > 0) return { args: inputs, urls };
  if ((stdin as { isTTY?: boolean }).isTTY) {
    out.say(noInputs);
    return undefined;
  }
  return { args: ['-'], urls };
}

const exitCodeOf = (signal: NodeJS.Signals) => (signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM);

/**
 * From here on an interrupt stops the batch at once (run.ts): no more input is read, the records
 * already made are written and the output is completed, and the records still being made are
 * dropped. `stop` also ends a read that waits (a FIFO with no writer); standard input, which may be
 * waiting for its next line, is closed. A second interrupt exits at once.
 */
function watchInterrupts(stdin: Readable): { signal(): NodeJS.Signals | null; stop: AbortSignal; dispose(): void } {
  let signal: NodeJS.Signals | null = null;
  const stopping = new AbortController();
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) process.exit(exitCodeOf(s));
    signal = s;
    stopping.abort();
    stdin.destroy();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: () => signal,
    stop: stopping.signal,
    dispose: () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

/**
 * The pool's starter. --concurrency counts this thread: it extracts too, beside concurrency - 1
 * workers that start once the batch proves long (parallel/pool.ts), or at once with
 * NEWSFACTS_EAGER_WORKERS=1 (tests). Even at 1 there is a pool: a long input is extracted by a
 * worker while this thread waits, free to hear an interrupt.
 */
function poolStarter(flags: RunFlags, batch: BatchOptions, io: CommandIo, started: (pool: ExtractionPool) => void) {
  const poolOptions = {
    maxInputBytes: flags.maxBytes,
    workerUrl: io.workerUrl,
    local: (task: TaskMessage) => extractFromRaw(task, task.raw, batch),
    workersAfter: process.env.NEWSFACTS_EAGER_WORKERS === '1' ? { ms: 0, workMs: 0 } : undefined,
  };
  return () => {
    const pool = new ExtractionPool(flags.concurrency, batch, poolOptions);
    started(pool);
    return pool;
  };
}

/**
 * Whether counting an input's items alongside the run leaves them to the run: not so for standard
 * input or a FIFO, whose lines the count would take away. A path that cannot be read is counted.
 */
function readableTwice(arg: string): boolean {
  if (arg === '-') return false;
  if (isUrlLike(arg)) return true;
  try {
    const stat = fs.statSync(arg);
    return stat.isFile() || stat.isDirectory();
  } catch {
    return true;
  }
}

/**
 * How long the run waits for its inputs to be counted before it starts: a folder's files or a
 * short NDJSON file are counted by then, so the progress line has its total from the start.
 */
const COUNT_FIRST_MS = 250;

/**
 * Counts the inputs the run will extract (names and NDJSON lines only, nothing read or extracted),
 * so the progress line can tell the total and the time left: first for up to COUNT_FIRST_MS, then,
 * for inputs too many to count by then (a large NDJSON file), alongside the run.
 */
async function countInputs(items: AsyncIterable<BatchItem>, progress: ProgressLine): Promise<void> {
  const counting = (async () => {
    let n = 0;
    for await (const _ of items) n++;
    progress.setTotal(n);
  })().catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([counting, new Promise<void>((resolve) => (timer = setTimeout(resolve, COUNT_FIRST_MS)))]);
  clearTimeout(timer);
}

/**
 * How the output fares: closed by its reader (`| head`: stop quietly), or failed (a full disk: stop,
 * and say so once, at the end). Errors are only noted here, so that one line reports them.
 */
interface OutputState {
  closed: boolean;
  failure?: Error;
}

function watchOutput(sink: Sink): OutputState {
  const state: OutputState = { closed: false };
  sink.stream.on('error', (err: NodeJS.ErrnoException) => noteFailure(state, err));
  return state;
}

function noteFailure(state: OutputState, err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') state.closed = true;
  else state.failure ??= err;
}

/**
 * The sink of `-o`, or standard output, and with `--resume` the records the file holds already;
 * undefined, after one line on stderr, when `-o` cannot be written.
 */
function openSink(flags: RunFlags, io: CommandIo, out: Console, command: BatchCommand): { sink: Sink; finished?: FinishedRecords } | undefined {
  if (!flags.output) return { sink: stdoutSink(io.stdout as NodeJS.WriteStream) };
  try {
    if (flags.resume) return openResumed(flags.output);
    return { sink: command.outputSink?.(flags.output) ?? outputSink(flags.output) };
  } catch (err) {
    out.say(out.chalk.red(err instanceof OutputRefused ? err.message : writeFailure(flags.output, err)));
    return undefined;
  }
}

/** Why `--resume` cannot be used as given (a usage error), if it cannot. */
function resumeRefusal(flags: RunFlags, command: BatchCommand): string | undefined {
  if (!flags.resume) return undefined;
  if (!flags.output) return '--resume needs -o FILE.ndjson: the file whose records it keeps and adds to';
  if (!command.resumable) return '--resume needs --format ndjson: it reads the records of the -o file back, one a line';
  return undefined;
}

/** Runs a batch command over its inputs; returns the exit code. */
export async function runBatchCommand(inputs: string[], flags: RunFlags, io: CommandIo, command: BatchCommand): Promise<number> {
  const out = await openConsole(io.stderr as NodeJS.WriteStream, flags.quiet);
  const stdin = io.stdin ?? process.stdin;
  const named = resolveInputs(inputs, flags, stdin, out, command.noInputs);
  if (!named) return EXIT_USAGE;
  const refusal = resumeRefusal(flags, command);
  if (refusal) {
    out.say(refusal);
    return EXIT_USAGE;
  }
  // refused before any work: nothing is read when the output cannot be written
  const opened = openSink(flags, io, out, command);
  if (!opened) return EXIT_UNWRITABLE;
  const { sink, finished } = opened;
  const interrupts = watchInterrupts(stdin);
  const output = watchOutput(sink);
  const options: InputOptions = { format: flags.inputFormat, maxBytes: flags.maxBytes, notify: out.notify, stop: interrupts.stop, url: { timeoutMs: flags.timeout * 1000, cacheDir: flags.cache }, columns: columnsOf(flags) };
  const items = (notify: InputOptions['notify']) => {
    const all = command.items(named.args, named.urls, stdin, { ...options, notify });
    return finished ? unfinishedItems(all, finished) : all;
  };
  if (out.progress && named.args.every(readableTwice)) await countInputs(items(() => {}), out.progress);
  let pool: ExtractionPool | undefined;
  try {
    const stats = await runBatch(
      items(out.notify),
      sink.writer ?? command.writer(sink.stream),
      command.batch,
      {
        onError: (rec) => out.say(`${out.chalk.red('error')} ${rec.id}: ${rec.error.code}: ${rec.error.message}`),
        onWarning: (id, w) => out.notify(`warning ${id}: ${w}`),
        onRecord: (rec) => out.progress?.tick('error' in rec),
        shouldStop: () => output.closed || output.failure !== undefined,
        interrupt: interrupts.stop,
      },
      poolStarter(flags, command.batch, io, (started) => (pool = started)),
    );
    return await finishRun(stats, sink, interrupts.signal(), output, out, finished);
  } catch (err) {
    // a stream is destroyed as it fails, a tick before it tells its listeners: a write in between
    // rejects as if the reader had gone, so the stream's own error decides
    if (sink.stream.errored) noteFailure(output, sink.stream.errored);
    sink.abort();
    if (output.failure) return unwritable(sink, output.failure, out);
    if ((err as NodeJS.ErrnoException).code === 'EPIPE' || output.closed) return EXIT_OK;
    throw err;
  } finally {
    out.progress?.end();
    await pool?.close();
    interrupts.dispose();
    exitSoonAfter(interrupts.signal());
  }
}

/**
 * After an interrupted run, the process must end even if an input still holds it (a URL's socket,
 * an input source that cannot be told to stop): what was made is written by now.
 */
function exitSoonAfter(signal: NodeJS.Signals | null): void {
  if (signal) setTimeout(() => process.exit(exitCodeOf(signal)), INTERRUPTED_EXIT_MS).unref();
}

/** How long an interrupted run may take to end by itself once its output is complete. */
const INTERRUPTED_EXIT_MS = 500;

/**
 * Completes the output, of a whole run or of an interrupted one (the records made until then, a
 * complete file moved into place); the exit code.
 */
async function finishRun(stats: BatchStats, sink: Sink, signal: NodeJS.Signals | null, output: OutputState, out: Console, finished?: FinishedRecords): Promise<number> {
  if (!output.closed && !output.failure) await sink.commit().catch((err: NodeJS.ErrnoException) => noteFailure(output, err));
  if (output.failure) return unwritable(sink, output.failure, out);
  if (signal) {
    out.say(`interrupted by ${signal} after ${stats.records} records`);
    return exitCodeOf(signal);
  }
  if (output.closed) return EXIT_OK;
  // the last line: what the run did, as `time` would time it (from the process's start)
  const resumed = finished?.records ? { records: finished.records, file: finished.file } : undefined;
  out.notify(summaryLine({ records: stats.records, errors: stats.errors, seconds: performance.now() / 1000, resumed }));
  // resumed, the run exits as one run over every input would have
  return stats.errors + (finished?.errors ?? 0) > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

/** The one line a failure to write gives, after dropping what was written (a partial `-o` file). */
function unwritable(sink: Sink, failure: Error, out: Console): number {
  sink.abort();
  out.say(out.chalk.red(writeFailure(sink.name, failure)));
  return EXIT_UNWRITABLE;
}
