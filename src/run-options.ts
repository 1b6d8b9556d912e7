// The options every batch command shares (`extract`, `summarize`): how inputs are read, fetched,
// bounded and extracted, and where the output goes. Declared once, so both commands take them alike.
import os from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { INPUT_FORMATS, type InputFormat } from './sources/formats.js';
import { ARTICLE_FIELDS, type ColumnNames } from './sources/table-articles.js';
import { DEFAULT_LANGUAGES, parseLanguages, type AcceptedLanguages } from './language/accepted-languages.js';
import { isIsoDate } from './record/iso-date.js';

export interface RunFlags {
  inputFormat: InputFormat;
  published?: string;
  output?: string;
  /** CSV cells as they are, formula characters and all (output/csv-cells.ts). */
  csvRaw: boolean;
  urls?: string;
  cache?: string;
  /** Per-URL fetch timeout, in seconds. */
  timeout: number;
  maxBytes: number;
  quiet: boolean;
  concurrency: number;
  /** The languages extracted from (`--lang`): others get a warning and no items. */
  lang: AcceptedLanguages;
  /** The columns of a CSV or TSV table of articles (`--text-column` …), by their header's names. */
  textColumn?: string;
  htmlColumn?: string;
  idColumn?: string;
  publishedColumn?: string;
  urlColumn?: string;
  titleColumn?: string;
  /** With `-o FILE.ndjson`: skip the inputs whose records FILE holds, and append (output/resume.ts). */
  resume?: boolean;
}

/** The columns the user named, as the table reader takes them. */
export function columnsOf(flags: Partial<RunFlags>): ColumnNames {
  const columns: ColumnNames = {};
  for (const field of ARTICLE_FIELDS) {
    const name = flags[`${field}Column`];
    if (name !== undefined) columns[field] = name;
  }
  return columns;
}

/** The value of each option that has one when it is not given. */
export const RUN_DEFAULTS = {
  inputFormat: 'auto',
  csvRaw: false,
  timeout: 30,
  maxBytes: 10 * 1024 * 1024,
  quiet: false,
  concurrency: os.availableParallelism(),
  lang: DEFAULT_LANGUAGES,
} as const satisfies Partial<RunFlags>;

/** `--published`: an ISO 8601 date or date-time that names a real day. */
export function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected an ISO 8601 date such as 2025-10-08 or 2025-10-08T14:00:00Z');
  return value;
}

/** `--lang`: `any`, or the codes of the languages to extract from. */
export function parseLang(value: string): AcceptedLanguages {
  try {
    return parseLanguages(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** A timer's longest delay: Node fires a longer one at once (a 32-bit count of milliseconds). */
const LONGEST_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/** Seconds for a timer: positive, and no longer than a timer can wait (about 24.8 days). */
export function parseTimeout(value: string): number {
  const n = parsePositive(value);
  if (n > LONGEST_TIMEOUT_SECONDS) throw new InvalidArgumentError(`expected at most ${LONGEST_TIMEOUT_SECONDS} seconds`);
  return n;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

const SIZE = /^(?<number>\d+(?:\.\d+)?)\s*(?<unit>[kmg]?)b?$/i;
const UNIT_BYTES = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

export function parseBytes(value: string): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 10000000, 500k or 10M');
  return Math.floor(Number(m.groups!.number) * UNIT_BYTES[m.groups!.unit!.toLowerCase() as keyof typeof UNIT_BYTES]);
}

/** An option of a few named values, taken in any case (`--format CSV`), listed in the help. */
export function choiceOption(flags: string, description: string, choices: readonly string[]): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    const chosen = value.toLowerCase();
    if (!choices.includes(chosen)) throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`);
    return chosen;
  });
}

/** Adds the shared options to a command, in the order its help lists them. */
export function addRunOptions(command: Command): Command {
  return command
    .addOption(choiceOption('--input-format <format>', 'how to read inputs', INPUT_FORMATS).default(RUN_DEFAULTS.inputFormat))
    .option('--published <date>', 'reference date for relative dates when an input carries none (ISO 8601)', parseDate)
    .option('--text-column <name>', 'in a CSV or TSV of articles, the column of article text (default: text, body, content or article)')
    .option('--html-column <name>', 'the column of article HTML, read where a row has no text (default: html)')
    .option('--id-column <name>', 'the column of article ids (default: id; else the row\'s place, file.csv:LINE)')
    .option('--published-column <name>', 'the column of publication dates (default: published, date or published_at)')
    .option('--url-column <name>', 'the column of article URLs (default: url or link)')
    .option('--title-column <name>', 'the column of titles (default: title or headline)')
    .addOption(new Option('--lang <codes>', 'extract from articles in these languages (ISO 639-1, comma-separated) or any; others get a warning and no facts').argParser(parseLang).default(RUN_DEFAULTS.lang, 'en'))
    .option('-o, --output <file>', 'write to FILE instead of standard output (a regular file atomically; a device, FIFO or socket in place)')
    .option('--csv-raw', 'with --format csv, write cells as they are: no single quote before a leading = + - @, tab or CR', RUN_DEFAULTS.csvRaw)
    .option('--urls <file>', 'read URLs from FILE, one a line (# comments, duplicates dropped)')
    .option('--cache <dir>', 'keep fetched pages in DIR and read them from there on later runs')
    .option('--timeout <seconds>', 'timeout for each URL fetch', parseTimeout, RUN_DEFAULTS.timeout)
    .addOption(new Option('--max-bytes <size>', 'skip inputs larger than this (error record TOO_LARGE); a URL body counts once decoded (gzip, br)').argParser(parseBytes).default(RUN_DEFAULTS.maxBytes, `${RUN_DEFAULTS.maxBytes / 1024 ** 2}M`))
    .addOption(new Option('-j, --concurrency <n>', 'threads that extract: this one and N-1 workers, started once a batch proves long').argParser(parseCount).default(RUN_DEFAULTS.concurrency, 'the number of cores'))
    .option('-q, --quiet', 'no notices, progress line or last line on stderr (errors are still reported)', RUN_DEFAULTS.quiet);
}

/** `--resume`, for a command whose output is one record a line (extract). */
export function addResumeOption(command: Command): Command {
  return command.option('--resume', 'with -o FILE.ndjson: skip the inputs whose records FILE holds and append the others (an interrupted run goes on)');
}
