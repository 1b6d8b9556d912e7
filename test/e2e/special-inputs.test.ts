// Inputs that are not regular files (a character device, a FIFO, a shell's `<(…)`) are read as
// streams with a regular file's byte cap and binary check, and a FIFO waiting for its writer stops
// at the first interrupt: none of them may read without end or hold the run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, parseNdjson, ROOT, type CliResult, withoutLastLine } from '../helpers/cli.js';
import { untilWaitingOnFifo } from '../helpers/fifo-wait.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-in-')));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const withBash = fs.existsSync('/bin/bash') ? it : it.skip;
const linuxOnly = process.platform === 'linux' ? it : it.skip; // /dev/zero as a character device is Linux's
const ARTICLE = 'fixtures/smolensk-drone-alert.txt';
/** How soon after a signal a run must have ended: generous for a loaded machine (as in interrupts.test.ts). */
const EXIT_WITHIN_MS = 2500;
/** Far longer than any of these runs may take, on a loaded machine too: past it the run is killed and the test fails. */
const KILL_AFTER_MS = 20_000;

interface Run {
  child: ChildProcess;
  result: Promise<CliResult & { ms: number }>;
  /** Standard output so far. */
  stdout(): string;
}

/** Starts the CLI (killed after KILL_AFTER_MS whatever happens) and collects its output. */
function startCli(args: string[]): Run {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
  const result = new Promise<CliResult & { ms: number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  return { child, result, stdout: () => stdout };
}

const withFifos = process.platform === 'win32' ? it.skip : it; // Windows has no mkfifo

/** A new FIFO in the test's folder. */
function madeFifo(name: string): string {
  const fifo = path.join(tmp, name);
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

/** A writer of the FIFO in another process (as a shell's `<(…)` is): `sh -c` with the FIFO as its standard output. */
function feedFifo(fifo: string, script: string): ChildProcess {
  const writer = spawn('sh', ['-c', `${script} > "$1"`, 'sh', fifo], { stdio: 'ignore' });
  setTimeout(() => writer.kill('SIGKILL'), KILL_AFTER_MS).unref();
  return writer;
}

/** Runs a bash script that starts the CLI itself, with $1 node, $2 the CLI, $3 the article. */
function viaShell(script: string): Promise<{ code: number | null; stdout: string }> {
  const child = spawn('bash', ['-c', script, 'bash', process.execPath, BIN, path.join(ROOT, ARTICLE)], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  return new Promise<{ code: number | null; stdout: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout })));
}

const errorLines = (stderr: string) => withoutLastLine(stderr).split('\n').filter(Boolean);

describe('inputs that are not regular files', () => {
  linuxOnly('/dev/zero is refused quickly (BINARY), with one line on stderr', async () => {
    const r = await startCli(['extract', '-j', '1', '/dev/zero']).result;
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout)).toEqual([expect.objectContaining({ id: '/dev/zero', error: expect.objectContaining({ code: expect.stringMatching(/^(?<code>BINARY|TOO_LARGE)$/) }) })]);
    expect(errorLines(r.stderr)).toHaveLength(1); // and it ended by itself, before KILL_AFTER_MS
  });

  withFifos('a FIFO fed more than --max-bytes gives TOO_LARGE at the cap', async () => {
    const fifo = madeFifo('endless.fifo');
    const writer = feedFifo(fifo, 'yes hello');
    const r = await startCli(['extract', '-q', '-j', '1', '--max-bytes', '100K', fifo]).result;
    writer.kill('SIGKILL');
    expect(r.code).toBe(1);
    const records = parseNdjson(r.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]!.error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('102400') });
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining('TOO_LARGE')]);
  });

  withFifos('a FIFO fed an article gives its record, as the file does', async () => {
    const fifo = madeFifo('article.fifo');
    feedFifo(fifo, `cat "${path.join(ROOT, ARTICLE)}"`);
    const fromFifo = await startCli(['extract', '-q', '-j', '1', fifo]).result;
    const fromFile = await startCli(['extract', '-q', '-j', '1', ARTICLE]).result;
    expect(fromFifo).toMatchObject({ code: 0, stderr: '' });
    const [record] = parseNdjson(fromFifo.stdout);
    const [expected] = parseNdjson(fromFile.stdout);
    expect(record!.id).toBe(fifo);
    expect(record!.officials).toEqual(expected!.officials);
    expect(record!.counts).toEqual(expected!.counts);
  });

  withFifos('a FIFO of NDJSON (--input-format ndjson) gives one record a line', async () => {
    const fifo = madeFifo('lines.fifo');
    feedFifo(fifo, `printf '%s\\n' '{"id":"a","text":"Governor Vasily Anokhin said nine drones fell."}' '{"id":"b","text":"Quiet night."}'`);
    const r = await startCli(['extract', '-q', '-j', '1', '--input-format', 'ndjson', fifo]).result;
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(parseNdjson(r.stdout).map((rec) => rec.id)).toEqual(['a', 'b']);
  });

  withFifos('a FIFO with no writer stops at the first SIGTERM, after the records before it', async () => {
    const fifo = madeFifo('no-writer.fifo');
    const run = startCli(['extract', '-j', '1', ARTICLE, fifo]);
    // the article's record is out and the FIFO waits for a writer (not a fixed time: the run may start late)
    while (!run.stdout().includes('\n') && run.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    await untilWaitingOnFifo(run.child);
    expect(run.child.exitCode).toBeNull(); // waiting for a writer, as `cat fifo` does
    const signalled = Date.now();
    run.child.kill('SIGTERM');
    const r = await run.result;
    expect(r.code).toBe(143);
    expect(Date.now() - signalled).toBeLessThan(EXIT_WITHIN_MS);
    expect(parseNdjson(r.stdout).map((rec) => rec.id)).toEqual([ARTICLE]);
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining('interrupted by SIGTERM')]);
  });

  withBash('a shell\'s <(yes hello) gives TOO_LARGE at the cap, and a pipe named /dev/stdin its record', async () => {
    const endless = await viaShell('"$1" "$2" extract -q -j 1 --max-bytes 64K <(yes hello)');
    expect(endless.code).toBe(1);
    expect(parseNdjson(endless.stdout)[0]!.error).toMatchObject({ code: 'TOO_LARGE' });
    const piped = await viaShell('cat "$3" | "$1" "$2" extract -q -j 1 /dev/stdin');
    expect(piped.code).toBe(0);
    expect(parseNdjson(piped.stdout)[0]).toMatchObject({ id: '/dev/stdin', officials: expect.any(Array) });
  });

  withBash('standard input (-) fed without end gives TOO_LARGE at the cap', async () => {
    const endless = await viaShell('yes hello | "$1" "$2" extract -q -j 1 --max-bytes 64K -');
    expect(endless.code).toBe(1);
    expect(parseNdjson(endless.stdout)[0]!.error).toMatchObject({ code: 'TOO_LARGE' });
  });

  withFifos('a FIFO of NDJSON with no writer stops at the first SIGINT', async () => {
    const fifo = madeFifo('no-writer-lines.fifo');
    const run = startCli(['extract', '-q', '-j', '1', '--input-format', 'ndjson', fifo]);
    await untilWaitingOnFifo(run.child);
    const signalled = Date.now();
    run.child.kill('SIGINT');
    const r = await run.result;
    expect(r.code).toBe(130);
    expect(Date.now() - signalled).toBeLessThan(EXIT_WITHIN_MS);
  });
});
