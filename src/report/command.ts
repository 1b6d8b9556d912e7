// `newsfacts report [inputs...] -o report.html`: one HTML page over many articles or records, read
// and extracted by the batch runner with the options of `extract` (and its -j, errors, progress).
// The charts' modules load only when the page is written, never for `extract` or `--help`.
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { EXIT_USAGE, runBatchCommand, type CommandIo } from '../batch-command.js';
import { parsedRecord } from '../output/printed.js';
import { writeWithBackpressure, type RecordWriter } from '../output/writer.js';
import { ITEM_KINDS } from '../record/types.js';
import { addRunOptions, RUN_DEFAULTS, type RunFlags } from '../run-options.js';
import { summaryItems } from '../summary/records.js';
import { ReportCollector } from './model.js';

const EXAMPLES = `
Inputs are articles (files, folders, URLs, NDJSON of articles), which are extracted, or newsfacts
records (NDJSON or a JSON array from \`newsfacts extract --include-text\`), read as they are; a record
without its text is listed without its marked text.

The page is one self-contained HTML file (no network): a timeline of the claims by day and region
and of the dated events, a map of the places, the officials with their quotes, and each article's
text with every fact marked (open it from the list).

Examples:
  $ newsfacts report articles/ -o report.html
  $ newsfacts report -j 4 --urls urls.txt --cache .cache -o report.html
  $ newsfacts extract --include-text articles/ > facts.ndjson && newsfacts report facts.ndjson -o report.html

Exit codes: 0 every input gave a record, 1 some input failed (listed in the report),
2 usage error or output that cannot be written (a folder, a missing folder, a full disk),
130/143 interrupted (SIGINT/SIGTERM).`;

export function addReportCommand(program: Command, io: CommandIo): void {
  const report = program
    .command('report')
    .description('one HTML page across articles: a timeline, a map, the officials and their quotes, and each article with its facts marked')
    .argument('[inputs...]', 'articles to extract (files, folders, URLs), or newsfacts records (NDJSON or a JSON array), or - for standard input');
  addRunOptions(report)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: RunFlags) => {
      process.exitCode = await runReport(inputs, flags, io);
    });
}

/** Runs report; options not given take the defaults of the command line. */
export async function runReport(inputs: string[], given: Partial<RunFlags>, io: CommandIo): Promise<number> {
  const flags: RunFlags = { ...RUN_DEFAULTS, ...given };
  // -o - asks for standard output, even on a terminal; no -o there is most likely a mistake
  if (flags.output === '-') flags.output = undefined;
  else if (!flags.output && (io.stdout as NodeJS.WriteStream).isTTY) {
    io.stderr.write('newsfacts: report writes an HTML page: name its file with -o report.html (or -o - to write it to standard output)\n');
    return EXIT_USAGE;
  }
  return runBatchCommand(inputs, flags, io, {
    noInputs: 'no inputs: name articles, folders or record files, or pipe them into standard input (see --help)',
    items: summaryItems,
    // each article's text is shown with its facts marked, so records carry it
    batch: { extract: { types: ITEM_KINDS, includeText: true, languages: flags.lang }, article: { published: flags.published, now: new Date() } },
    writer: reportWriter,
  });
}

/** Takes the batch's records into the report's data, and writes the page when the batch is done. */
function reportWriter(out: Writable): RecordWriter {
  const collector = new ReportCollector();
  return {
    write: async (record) => collector.add(parsedRecord(record)),
    finish: async () => {
      const { reportPage } = await import('./page.js');
      await writeWithBackpressure(out, reportPage(collector.result()));
    },
  };
}
