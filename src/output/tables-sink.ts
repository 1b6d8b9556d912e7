import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { neutralisedRow } from './csv-cells.js';
import { csvHeader, csvLine } from './csv-format.js';
import { OutputRefused } from './output-target.js';
import { parsedRecord, type BatchRecord } from './printed.js';
import type { Sink } from './sink.js';
import type { OutputRecord } from '../record/types.js';
import { TABLES, type PersonId, type Table, type TableRow } from './table-rows.js';
import { tablesTarget, type TablesTarget } from './tables-target.js';
import { writeFailure } from './write-failure.js';
import { writeWithBackpressure, type RecordWriter, type WriterOptions } from './writer.js';

/** A sink that takes records rather than text: the tables' folder. */
export interface TablesSink extends Sink {
  writer: RecordWriter;
}

/** One table's file in the temporary folder: its descriptor, kept open until it is synced. */
interface TableFile {
  table: Table;
  fd: number;
  stream: fs.WriteStream;
}

/**
 * The records, as rows of every table, written to the tables' files. An object stream, so that the
 * batch writes to it and watches its errors as it does a file's: a failure of any file fails it.
 */
class TableFiles extends Writable {
  /** With `--link`, the person id of a name, loaded with the summary's code at the first record. */
  private personId: PersonId | undefined;

  constructor(
    private readonly files: readonly TableFile[],
    private readonly cells: (row: TableRow, table: Table) => TableRow,
    private readonly link: boolean,
  ) {
    super({ objectMode: true });
    for (const file of files) file.stream.on('error', (err) => this.destroy(err));
  }

  override _write(record: BatchRecord, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.writeRows(parsedRecord(record)).then(() => done(), done);
  }

  private async writeRows(record: OutputRecord): Promise<void> {
    if (this.link && !this.personId) this.personId = (await import('../summary/entity-id.js')).personEntityId;
    await Promise.all(
      this.files.map(({ table, stream }) => {
        const lines = table.rows(record, this.personId).map((row) => csvLine(table.columns, this.cells(row, table)));
        return lines.length ? writeWithBackpressure(stream, lines.join('')) : undefined;
      }),
    );
  }

  /** Destroying a file's stream closes its descriptor: once the files are synced, or on failure. */
  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    for (const { stream } of this.files) stream.destroy();
    done(err);
  }

  override _final(done: (err?: Error | null) => void): void {
    const ends = this.files.map(async ({ stream, fd }) => {
      stream.end();
      await finished(stream, { readable: false });
      fs.fsyncSync(fd);
    });
    Promise.all(ends).then(() => done(), done);
  }
}

/** Creates the temporary folder the tables are written in, on the target's file system, so that renames move them. */
function temporaryFolder(target: TablesTarget): string {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp =
    target.kind === 'new' ? path.join(path.dirname(target.path), `.${path.basename(target.path)}.tmp-${tag}`) : path.join(target.path, `.newsfacts-tables.tmp-${tag}`);
  fs.mkdirSync(tmp);
  return tmp;
}

/** Opens every table's file in the folder with its header written, the header even when no row comes; on failure, removes the folder. */
function openFiles(folder: string): TableFile[] {
  const files: TableFile[] = [];
  try {
    for (const table of TABLES) {
      const file = path.join(folder, table.file);
      const fd = fs.openSync(file, 'wx', 0o644);
      files.push({ table, fd, stream: fs.createWriteStream(file, { fd, autoClose: false }) });
      fs.writeSync(fd, csvHeader(table.columns));
    }
    return files;
  } catch (err) {
    for (const { fd } of files) closeQuietly(fd);
    fs.rmSync(folder, { recursive: true, force: true });
    throw err;
  }
}

/**
 * A new folder is written whole in a temporary folder beside it and renamed into place: the set of
 * tables appears at once or not at all. A folder that exists may hold other files, so its tables are
 * written in a temporary folder inside it and each renamed over its namesake (each file atomic).
 */
function moveIntoPlace(tmp: string, target: TablesTarget): void {
  if (target.kind === 'new') return fs.renameSync(tmp, target.path);
  for (const { file } of TABLES) fs.renameSync(path.join(tmp, file), path.join(target.path, file));
  fs.rmdirSync(tmp);
}

/** The sink of `-o DIR/` with `--format csv`; throws OutputRefused, naming `given`, for a folder it cannot write. */
export function tablesSink(given: string, options: WriterOptions & { link?: boolean } = {}): TablesSink {
  const target = tablesTarget(given);
  let tmp: string;
  let files: TableFile[];
  try {
    tmp = temporaryFolder(target);
    files = openFiles(tmp);
  } catch (err) {
    throw new OutputRefused(writeFailure(given, err));
  }
  const cells = options.csvRaw ? (row: TableRow) => row : (row: TableRow, table: Table) => neutralisedRow(row, table.numeric);
  const stream = new TableFiles(files, cells, options.link ?? false);
  let done = false;
  const cleanUp = () => {
    done = true;
    process.removeListener('exit', cleanUp);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', cleanUp);
  return {
    stream,
    name: given,
    writer: { write: (record) => writeWithBackpressure(stream, record), finish: async () => {} },
    commit: async () => {
      try {
        stream.end();
        await finished(stream, { readable: false });
        moveIntoPlace(tmp, target);
        done = true;
        process.removeListener('exit', cleanUp);
      } catch (err) {
        cleanUp();
        throw err;
      }
    },
    abort: () => {
      if (done) return;
      stream.destroy();
      cleanUp();
    },
  };
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    /* closed already */
  }
}
