import fs from 'node:fs';
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ITEM_KINDS, type ItemKind } from './record/types.js';
import { expandInputs, type InputOptions } from './sources/inputs.js';
import { INPUT_FORMATS, type InputFormat } from './sources/formats.js';
import { readUrlList } from './sources/url.js';
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from './output/writer.js';
import { atomicFileSink, stdoutSink, type Sink } from './output/sink.js';
import type { ProgressLine } from './output/progress.js';
import { extractFromRaw, runBatch, type BatchOptions } from './run.js';
import { ExtractionPool } from './parallel/pool.js';
import type { TaskMessage } from './parallel/protocol.js';
import { VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

interface ExtractFlags {
  inputFormat: InputFormat;
  published?: string;
  format: OutputFormat;
  output?: string;
  includeText: boolean;
  types: ItemKind[];
  urls?: string;
  cache?: string;
  timeout: number;
  maxBytes: number;
  quiet: boolean;
  concurrency: number;
  link: boolean;
}

const EXAMPLES = `
Examples:
  $ newsfacts extract fixtures/                         one NDJSON record per article in the folder
  $ newsfacts extract article.html --format json -o facts.json
  $ newsfacts extract --types officials,quotes story.txt
  $ cat articles.ndjson | newsfacts extract - > facts.ndjson
  $ newsfacts extract https://example.org/news/story.html --cache .cache
  $ newsfacts extract --urls urls.txt --format csv -o facts.csv
  $ newsfacts schema > record.schema.json

Exit codes: 0 every input gave a record, 1 some input failed (its error record is in the output),
2 usage error, 130/143 interrupted (SIGINT/SIGTERM).`;

function parseTypes(value: string): ItemKind[] {
  const kinds = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(ITEM_KINDS as readonly string[]).includes(k));
  if (bad.length || kinds.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${ITEM_KINDS.join(', ')}`);
  return [...new Set(kinds)] as ItemKind[];
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m || Number.isNaN(Date.parse(value.length === 10 ? value + 'T00:00:00Z' : value))) {
    throw new InvalidArgumentError('expected an ISO 8601 date such as 2025-10-08 or 2025-10-08T14:00:00Z');
  }
  return value;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 10000000, 500k or 10M');
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

type Io = {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The script each extraction worker runs: the launcher's when started from the bundle (launch.ts). */
  workerUrl?: URL;
};

/** The colours messages on stderr use; off the terminal, text unchanged (as chalk leaves it at level 0). */
type Colour = { red(text: string): string; dim(text: string): string };
const PLAIN: Colour = { red: (text) => text, dim: (text) => text };

/**
 * The program. `summarize` adds the summarize command (its module is loaded only when the command
 * line may need it: a first record must not wait for modules that extraction never uses).
 */
export function buildProgram(io: Io, summarize?: typeof import('./summary/command.js')): Command {
  const program = new Command('newsfacts')
    .description('Turn news articles into structured facts: officials, regions, dates, counts, quotes and organizations.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  program
    .command('extract')
    .description('extract facts from articles: files, folders, NDJSON, URLs, or standard input (-)')
    .argument('[inputs...]', 'files (.txt .md .html .htm .ndjson .jsonl), folders, URLs, or - for standard input')
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(INPUT_FORMATS as string[]).default('auto'))
    .option('--published <date>', 'reference date for relative dates when an input carries none (ISO 8601)', parseDate)
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS as string[]).default('ndjson'))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--include-text', 'put the article text in each record', false)
    .option('--types <kinds>', `extract only these kinds (${ITEM_KINDS.join(',')})`, parseTypes, [...ITEM_KINDS])
    .option('--urls <file>', 'read URLs from FILE, one a line (# comments, duplicates dropped)')
    .option('--cache <dir>', 'keep fetched pages in DIR and read them from there on later runs')
    .option('--timeout <seconds>', 'timeout for each URL fetch', parsePositive, 30)
    .option('--max-bytes <size>', 'skip inputs larger than this (error record TOO_LARGE)', parseBytes, 10 * 1024 * 1024)
    .option('--link', 'give each official and region an `entity` id shared across articles and runs', false)
    .option('-j, --concurrency <n>', 'threads that extract: this one and N-1 workers, started once a batch proves long (default: the number of cores)', parseCount, os.availableParallelism())
    .option('-q, --quiet', 'no notices or progress on stderr (errors are still reported)', false)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags, io);
    });

  summarize?.addSummarizeCommand(program, io);

  program
    .command('schema')
    .description('print the JSON Schema of the output record')
    .action(async () => {
      const { RECORD_SCHEMA } = await import('./record/schema.js');
      io.stdout.write(JSON.stringify(RECORD_SCHEMA, null, 2) + '\n');
    });

  return program;
}

async function runExtract(inputs: string[], flags: ExtractFlags, io: Io): Promise<number> {
  const stderr = io.stderr as NodeJS.WriteStream;
  // Colour and the progress line show only on a terminal, so their modules (chalk takes about 13 ms
  // to load, a good part of a single article's time to its record) load only for one.
  let chalk: Colour = PLAIN;
  let progress: ProgressLine | null = null;
  if (stderr.isTTY) {
    const [{ colourFor }, { ProgressLine }] = await Promise.all([import('./output/colour.js'), import('./output/progress.js')]);
    const colour = colourFor(stderr);
    chalk = colour;
    if (ProgressLine.enabled(stderr, flags.quiet)) progress = new ProgressLine(stderr, colour);
  }
  const say = (line: string) => (progress ? progress.above(`newsfacts: ${line}\n`) : stderr.write(`newsfacts: ${line}\n`));
  const notify = flags.quiet ? () => {} : (msg: string) => say(chalk.dim(msg));
  let urls: string[] = [];
  if (flags.urls) {
    try {
      urls = readUrlList(fs.readFileSync(flags.urls, 'utf8'));
    } catch (err) {
      say(chalk.red(`cannot read the URL list ${flags.urls}: ${(err as Error).message}`));
      return EXIT_USAGE;
    }
  }
  const stdinIsPiped = !process.stdin.isTTY;
  if (inputs.length === 0 && urls.length === 0) {
    if (!stdinIsPiped) {
      say('no inputs: name files, folders or URLs, or pipe articles into standard input (see --help)');
      return EXIT_USAGE;
    }
    inputs = ['-'];
  }

  // From here on an interrupt stops the batch after the record in hand, so output stays whole.
  let signal: NodeJS.Signals | null = null;
  let outputClosed = false;
  const onSignal = (s: NodeJS.Signals) => {
    if (signal) process.exit(s === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM); // a second interrupt: go now
    signal = s;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let sink: Sink;
  try {
    sink = flags.output ? atomicFileSink(flags.output) : stdoutSink(io.stdout as NodeJS.WriteStream);
  } catch (err) {
    say(chalk.red(`cannot write ${flags.output}: ${(err as Error).message}`));
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    return EXIT_USAGE;
  }

  // A reader that stops early (`| head -1`) closes the pipe: stop quietly, nothing is lost on our side.
  sink.stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') outputClosed = true;
    else say(chalk.red(`cannot write output: ${err.message}`));
  });

  const inputOptions: InputOptions = {
    format: flags.inputFormat,
    maxBytes: flags.maxBytes,
    notify,
    url: { timeoutMs: flags.timeout * 1000, cacheDir: flags.cache },
  };
  const items = expandInputs(inputs, urls, process.stdin, inputOptions);
  if (progress && !inputs.includes('-')) {
    // Count the inputs alongside the run (names and NDJSON lines only, nothing extracted) so the
    // progress line can tell the time left.
    void (async () => {
      let n = 0;
      for await (const _ of expandInputs(inputs, urls, process.stdin, { ...inputOptions, notify: () => {} })) n++;
      progress.setTotal(n);
    })().catch(() => {});
  }
  const writer = createWriter(flags.format, sink.stream);
  const batch: BatchOptions = {
    extract: { types: flags.types, includeText: flags.includeText },
    article: { published: flags.published, now: new Date() },
    link: flags.link,
  };
  let pool: ExtractionPool | undefined;
  // --concurrency counts this thread: it extracts too, beside concurrency - 1 workers that start
  // once the batch proves long (parallel/pool.ts), or at once with NEWSFACTS_EAGER_WORKERS=1 (tests)
  const poolOptions = {
    maxInputBytes: flags.maxBytes,
    workerUrl: io.workerUrl,
    local: (task: TaskMessage) => extractFromRaw(task, task.raw, batch),
    workersAfter: process.env.NEWSFACTS_EAGER_WORKERS === '1' ? { ms: 0, workMs: 0 } : undefined,
  };
  const startPool = flags.concurrency > 1 ? () => (pool = new ExtractionPool(flags.concurrency, batch, poolOptions)) : undefined;
  try {
    const stats = await runBatch(
      items,
      writer,
      batch,
      {
        onError: (rec) => say(`${chalk.red('error')} ${rec.id}: ${rec.error.code}: ${rec.error.message}`),
        onWarning: (id, w) => notify(`warning ${id}: ${w}`),
        onRecord: (rec) => progress?.tick('error' in rec),
        shouldStop: () => signal !== null || outputClosed,
      },
      startPool,
    );
    if (signal) {
      sink.abort();
      say(`interrupted by ${signal} after ${stats.records} records`);
      return signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM;
    }
    if (outputClosed) return EXIT_OK;
    await sink.commit();
    return stats.errors > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  } catch (err) {
    sink.abort();
    if ((err as NodeJS.ErrnoException).code === 'EPIPE' || outputClosed) return EXIT_OK;
    throw err;
  } finally {
    progress?.clear();
    await pool?.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** Entry point of bin/newsfacts, through launch.ts, which gives the workers' script when it runs the bundle. */
export async function main(argv: string[], launch: { workerUrl?: URL } = {}): Promise<void> {
  // `extract` and `schema` never need the summarize command; anything else (help, a typo, summarize) may.
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  const summarize = command === 'extract' || command === 'schema' ? undefined : await import('./summary/command.js');
  const program = buildProgram({ stdout: process.stdout, stderr: process.stderr, workerUrl: launch.workerUrl }, summarize);
  // A reader that stops early (`newsfacts --help | head -1`) closes stdout: for everything but
  // `extract`, which stops its batch itself, that simply ends the output.
  if (command !== 'extract') {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? EXIT_OK);
    });
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      process.exitCode = ok ? EXIT_OK : EXIT_USAGE;
      return;
    }
    throw err;
  }
}
