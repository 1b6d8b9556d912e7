// `newsfacts summarize [inputs...]`: one dossier over many articles or records.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ITEM_KINDS } from '../record/types.js';
import { INPUT_FORMATS, type InputFormat } from '../sources/formats.js';
import { summarize } from './aggregate.js';
import { summaryRecords } from './records.js';
import { renderCsv, renderJson, renderTable, SUMMARY_FORMATS, wantsColor, type SummaryFormat } from './render.js';

interface SummarizeFlags {
  format?: SummaryFormat;
  inputFormat: InputFormat;
  published?: string;
  limit: number;
  quiet: boolean;
}

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const EXAMPLES = `
Inputs are newsfacts NDJSON records (from \`newsfacts extract\`), read as they are, or articles
(files, folders, URLs, NDJSON of articles), which are extracted first. Standard input is read
when the input is - or when nothing is named and input is piped.

Output: tables on a terminal, JSON when the output is piped or redirected; --format chooses.

Examples:
  $ newsfacts summarize articles/                          extract a folder and summarise it
  $ newsfacts extract articles/ > facts.ndjson && newsfacts summarize facts.ndjson
  $ newsfacts extract articles/ | newsfacts summarize --format table
  $ newsfacts summarize --format csv facts.ndjson > dossier.csv

Exit codes: 0 every input gave a record, 1 some input failed (listed in the summary), 2 usage error.`;

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 for no limit)');
  return n;
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected an ISO 8601 date such as 2025-10-08');
  }
  return value;
}

export function addSummarizeCommand(program: Command, io: Io): void {
  program
    .command('summarize')
    .description('one dossier across articles: officials joined across spellings, places, summed counts, a timeline, quotes by speaker')
    .argument('[inputs...]', 'newsfacts NDJSON records, or articles to extract (files, folders, URLs), or - for standard input')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(SUMMARY_FORMATS as string[]))
    .addOption(new Option('--input-format <format>', 'how to read article inputs').choices(INPUT_FORMATS as string[]).default('auto'))
    .option('--published <date>', 'reference date for relative dates when an article carries none (ISO 8601)', parseDate)
    .option('--limit <rows>', 'rows shown per table section (0 for all); tables only', parseLimit, 25)
    .option('-q, --quiet', 'no notices on stderr (errors are still reported)', false)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: SummarizeFlags) => {
      process.exitCode = await runSummarize(inputs, flags, io);
    });
}

export async function runSummarize(inputs: string[], flags: SummarizeFlags, io: Io, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const say = (line: string) => io.stderr.write(`newsfacts: ${line}\n`);
  const notify = flags.quiet ? () => {} : say;
  if (inputs.length === 0) {
    if ((stdin as { isTTY?: boolean }).isTTY) {
      say('no inputs: name record files, articles or folders, or pipe records into standard input (see --help)');
      return 2;
    }
    inputs = ['-'];
  }
  const out = io.stdout as NodeJS.WriteStream;
  const format: SummaryFormat = flags.format ?? (out.isTTY ? 'table' : 'json');
  const records = summaryRecords(inputs, {
    stdin: stdin as import('node:stream').Readable,
    input: { format: flags.inputFormat, maxBytes: 10 * 1024 * 1024, notify, url: { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 } },
    batch: { extract: { types: ITEM_KINDS, includeText: true }, article: { published: flags.published, now: new Date() } },
  });
  const summary = await summarize(records);
  for (const e of summary.errors) say(`error ${e.article}: ${e.code}: ${e.message}`);
  const text =
    format === 'json'
      ? renderJson(summary)
      : format === 'csv'
        ? await renderCsv(summary)
        : renderTable(summary, { color: wantsColor(out), width: out.columns || Number(process.env.COLUMNS) || 120, limit: flags.limit });
  await new Promise<void>((resolve) => {
    out.on?.('error', () => resolve()); // a reader that stops early (| head) is not an error of ours
    out.write(text, () => resolve());
  });
  return summary.errors.length > 0 ? 1 : 0;
}
