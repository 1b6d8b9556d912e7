import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { EXIT_OK, EXIT_UNWRITABLE, EXIT_USAGE, runBatchCommand, type CommandIo } from './batch-command.js';
import { ITEM_KINDS, type ItemKind } from './record/types.js';
import { addResumeOption, addRunOptions, choiceOption, type RunFlags } from './run-options.js';
import { expandInputs } from './sources/inputs.js';
import { writeFailure } from './output/write-failure.js';
import { tablesSink } from './output/tables-sink.js';
import { namesTablesFolder } from './output/tables-target.js';
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from './output/writer.js';
import { VERSION } from './version.js';

interface ExtractFlags extends RunFlags {
  format: OutputFormat;
  includeText: boolean;
  types: ItemKind[];
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
2 usage error or output that cannot be written (a folder, a missing folder, a full disk),
130/143 interrupted (SIGINT/SIGTERM).`;

function parseTypes(value: string): ItemKind[] {
  const kinds = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(ITEM_KINDS as readonly string[]).includes(k));
  if (bad.length || kinds.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${ITEM_KINDS.join(', ')}`);
  return [...new Set(kinds)] as ItemKind[];
}

/**
 * The program. `summarize` and `report` add those commands (their modules are loaded only when the
 * command line may need them: a first record must not wait for modules that extraction never uses).
 */
export function buildProgram(io: CommandIo, summarize?: typeof import('./summary/command.js'), report?: typeof import('./report/command.js')): Command {
  const program = new Command('newsfacts')
    .description('Turn news articles into structured facts: officials, regions, dates, counts, quotes and organizations.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // every error line starts the same way, commander's ("error: unknown option") and ours alike
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(`newsfacts: ${s.replace(/^error: /, '')}`) })
    // a flag is off unless given: "(default: false)" after each says nothing
    .configureHelp({ optionDescription: (option) => new Help().optionDescription(option).replace(/ \(default: false\)$/, '') })
    .exitOverride()
    .addHelpText('after', EXAMPLES);

  const extract = program
    .command('extract')
    .description('extract facts from articles: files, folders, NDJSON, URLs, or standard input (-)')
    .argument('[inputs...]', 'files (.txt .md .html .htm .ndjson .jsonl), folders, URLs, or - for standard input')
    .addOption(choiceOption('--format <format>', 'output format', OUTPUT_FORMATS).default('ndjson'))
    .option('--include-text', 'put the article text in each record', false)
    .addOption(new Option('--types <kinds>', `extract only these kinds, comma-separated (${ITEM_KINDS.join(',')})`).argParser(parseTypes).default([...ITEM_KINDS], 'all'))
    .option('--link', 'give each official and region an `entity` id shared across articles and runs', false);
  addResumeOption(addRunOptions(extract))
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags, io);
    });

  summarize?.addSummarizeCommand(program, io);
  report?.addReportCommand(program, io);

  program
    .command('schema')
    .description('print the JSON Schema of the output record')
    .action(async () => {
      const { RECORD_SCHEMA } = await import('./record/schema.js');
      io.stdout.write(JSON.stringify(RECORD_SCHEMA, null, 2) + '\n');
    });

  return program;
}

function runExtract(inputs: string[], flags: ExtractFlags, io: CommandIo): Promise<number> {
  return runBatchCommand(inputs, flags, io, {
    noInputs: 'no inputs: name files, folders or URLs, or pipe articles into standard input (see --help)',
    items: expandInputs,
    batch: {
      extract: { types: flags.types, includeText: flags.includeText, languages: flags.lang },
      article: { published: flags.published, now: new Date() },
      link: flags.link,
    },
    writer: (out) => createWriter(flags.format, out, { csvRaw: flags.csvRaw }),
    resumable: flags.format === 'ndjson',
    outputSink: (given) => (namesTablesFolder(given, flags.format) ? tablesSink(given, { csvRaw: flags.csvRaw, link: flags.link }) : undefined),
  });
}

/** Entry point of bin/newsfacts, through launch.ts, which gives the workers' script when it runs the bundle. */
export async function main(argv: string[], launch: { workerUrl?: URL } = {}): Promise<void> {
  // `extract` and `schema` never need the summarize or report command; anything else (help, a typo, those) may.
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  const lean = command === 'extract' || command === 'schema';
  const summarize = lean ? undefined : await import('./summary/command.js');
  const report = lean ? undefined : await import('./report/command.js');
  const program = buildProgram({ stdout: process.stdout, stderr: process.stderr, workerUrl: launch.workerUrl }, summarize, report);
  // A reader that stops early (`newsfacts --help | head -1`) closes stdout: that simply ends the
  // output. Any other failure to write (a full disk) is one line and the exit code of unwritable
  // output. Once `extract` runs its batch, the batch watches its output itself (batch-command.ts).
  const stdoutErrors = (err: NodeJS.ErrnoException) => {
    if (command === 'extract' && process.stdout.listenerCount('error') > 1) return;
    if (err.code !== 'EPIPE') process.stderr.write(`newsfacts: ${writeFailure('standard output', err)}\n`);
    process.exit(err.code === 'EPIPE' ? (process.exitCode ?? EXIT_OK) : EXIT_UNWRITABLE);
  };
  process.stdout.on('error', stdoutErrors);
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
