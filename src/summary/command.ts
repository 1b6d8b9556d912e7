// `newsfacts summarize [inputs...]`: one dossier over many articles or records, read and extracted
// by the batch runner with the options of `extract`.
import type { Writable } from 'node:stream';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { runBatchCommand, type CommandIo } from '../batch-command.js';
import { parsedRecord } from '../output/printed.js';
import { writeWithBackpressure, type RecordWriter } from '../output/writer.js';
import { ITEM_KINDS } from '../record/types.js';
import { addRunOptions, choiceOption, RUN_DEFAULTS, type RunFlags } from '../run-options.js';
import { SummaryBuilder } from './aggregate.js';
import { isCalendarDay } from './claim-day.js';
import type { SummaryFilter } from './filters.js';
import { summaryItems } from './records.js';
import { renderCsv, renderJson, renderNdjson, renderTable, SUMMARY_FORMATS, wantsColor, type SummaryFormat } from './render.js';
import type { Summary } from './types.js';

interface SummarizeFlags extends RunFlags {
  format?: SummaryFormat;
  limit: number;
  since?: string;
  until?: string;
  region?: string[];
  item?: string[];
}

const EXAMPLES = `
Inputs are newsfacts records (NDJSON or a JSON array from \`newsfacts extract\`), read as they are,
or articles (files, folders, URLs, NDJSON of articles), which are extracted first. Standard input is
read when the input is - or when nothing is named and input is piped.

Output: tables on a terminal, JSON when the output is piped, redirected or a file (-o); --format chooses.
--format ndjson writes the claims alone, one a line.

Claims: each figure as one source reported it for one item, region and day, the articles that repeat
it listed once. --since, --until, --region and --item keep the claims and the counts (the counts
summed and the totals listed) of those days, regions and items; the other sections stay whole. A
claim or count whose day is unknown is left out by --since and --until, and so is one of a month or
year that the days do not wholly hold.

Examples:
  $ newsfacts summarize articles/                          extract a folder and summarise it
  $ newsfacts summarize -j 4 --urls urls.txt --cache .cache -o dossier.json
  $ newsfacts extract articles/ > facts.ndjson && newsfacts summarize facts.ndjson
  $ newsfacts extract articles/ | newsfacts summarize --format table
  $ newsfacts summarize --format csv facts.ndjson > dossier.csv
  $ newsfacts summarize --format ndjson --since 2025-10-01 --region Belgorod --item drones facts.ndjson

Exit codes: 0 every input gave a record, 1 some input failed (listed in the summary),
2 usage error or output that cannot be written (a folder, a missing folder, a full disk),
130/143 interrupted (SIGINT/SIGTERM).`;

/** `--since`, `--until`: a real day written YYYY-MM-DD. */
function parseDay(value: string): string {
  if (!isCalendarDay(value)) throw new InvalidArgumentError('expected a day as YYYY-MM-DD, such as 2025-10-08');
  return value;
}

/** A repeatable option: each use adds a value. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 for no limit)');
  return n;
}

export function addSummarizeCommand(program: Command, io: CommandIo): void {
  const summarize = program
    .command('summarize')
    .description('one dossier across articles: officials joined across spellings, places, summed counts, claims by source and day, a timeline, quotes by speaker')
    .argument('[inputs...]', 'newsfacts records (NDJSON or a JSON array), or articles to extract (files, folders, URLs), or - for standard input')
    .addOption(choiceOption('--format <format>', 'output format (default: table on a terminal, json otherwise)', SUMMARY_FORMATS))
    .option('--limit <rows>', 'rows shown per table section (0 for all); tables only', parseLimit, 25)
    .option('--since <day>', 'keep the claims and counts of this day (YYYY-MM-DD) and later', parseDay)
    .option('--until <day>', 'keep the claims and counts of this day (YYYY-MM-DD) and earlier', parseDay)
    .option('--region <name>', 'keep the claims and counts in this region: its name or an alias, any case (repeat for several)', collect)
    .option('--item <key>', 'keep the claims and counts of this item: drone, drones, UAVs (repeat for several)', collect);
  addRunOptions(summarize)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: SummarizeFlags) => {
      if (flags.since && flags.until && flags.since > flags.until) summarize.error(`--since ${flags.since} is after --until ${flags.until}`, { exitCode: 2 });
      process.exitCode = await runSummarize(inputs, flags, io);
    });
}

/** Runs summarize; options not given take the defaults of the command line. */
export function runSummarize(inputs: string[], given: Partial<SummarizeFlags>, io: CommandIo, stdin?: NodeJS.ReadableStream): Promise<number> {
  const flags: SummarizeFlags = { ...RUN_DEFAULTS, limit: 25, ...given };
  return runBatchCommand(inputs, flags, { ...io, ...(stdin ? { stdin: stdin as CommandIo['stdin'] } : {}) }, {
    noInputs: 'no inputs: name record files, articles or folders, or pipe records into standard input (see --help)',
    items: summaryItems,
    // the timeline quotes each date's sentence, so records carry their text
    batch: { extract: { types: ITEM_KINDS, includeText: true, languages: flags.lang }, article: { published: flags.published, now: new Date() } },
    writer: (out) => summaryWriter(out, filterOf(flags), (summary) => renderSummary(summary, flags, io.stdout as NodeJS.WriteStream)),
  });
}

function filterOf(flags: SummarizeFlags): SummaryFilter {
  return { since: flags.since, until: flags.until, regions: flags.region, items: flags.item };
}

/** Takes the batch's records into the dossier, and writes the dossier when the batch is done. */
function summaryWriter(out: Writable, filter: SummaryFilter, render: (summary: Summary) => Promise<string>): RecordWriter {
  const builder = new SummaryBuilder(filter);
  return {
    write: async (record) => builder.add(parsedRecord(record)),
    finish: async () => writeWithBackpressure(out, await render(builder.result())),
  };
}

/** Tables on a terminal, JSON elsewhere (a pipe, a redirect, a file), unless --format says. */
async function renderSummary(summary: Summary, flags: SummarizeFlags, stdout: NodeJS.WriteStream): Promise<string> {
  const onTerminal = !flags.output && Boolean(stdout.isTTY);
  const format: SummaryFormat = flags.format ?? (onTerminal ? 'table' : 'json');
  if (format === 'json') return renderJson(summary);
  if (format === 'csv') return renderCsv(summary, flags.csvRaw);
  if (format === 'ndjson') return renderNdjson(summary);
  const width = (onTerminal && stdout.columns) || Number(process.env.COLUMNS) || 120;
  return renderTable(summary, { color: onTerminal && wantsColor(stdout), width, limit: flags.limit });
}
