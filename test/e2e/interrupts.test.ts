// SIGINT and SIGTERM end a run within a second or two, whatever it is doing (docker stop and
// systemd wait a few seconds before they kill): waiting for standard input's next line, or with a
// thread on a long article. The records made until then are kept, in order, in a complete output.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, parseNdjson, ROOT } from '../helpers/cli.js';
import { untilWaitingOnFifo } from '../helpers/fifo-wait.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-int-'));
beforeAll(() => ensureBuilt());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = 'Governor Jane Roe of the Tver Region said on Monday that four drones were shot down.\n';
/** How soon after the signal the run must have ended: generous for a loaded machine, far below the seconds the old runs took. */
const EXIT_WITHIN_MS = 2500;
/** Past this the run is killed and the test fails. */
const KILL_AFTER_MS = 30_000;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from the (first) signal to the exit. */
  afterSignal: number;
}

interface Run {
  child: ChildProcess;
  /** Resolves with the output so far once it has `n` complete lines. */
  lines(n: number): Promise<void>;
  /** Sends the signal and waits for the end of the run. */
  interrupt(signal: NodeJS.Signals): Promise<Finished>;
}

function startCli(args: string[], stdinOpen = false): Run {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
  let stdout = '';
  let stderr = '';
  let signalledAt = 0;
  const waiting: { n: number; resolve: () => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (d) => {
    stdout += d;
    const complete = stdout.split('\n').length - 1;
    for (const w of waiting.filter((x) => complete >= x.n)) w.resolve();
  });
  child.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
  const ended = new Promise<Finished>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, afterSignal: performance.now() - signalledAt });
    }),
  );
  if (!stdinOpen) child.stdin!.end();
  return {
    child,
    lines: (n) => new Promise((resolve) => waiting.push({ n, resolve })),
    interrupt: (signal) => {
      signalledAt = performance.now();
      child.kill(signal);
      return ended;
    },
  };
}

/** An article that keeps a thread busy for seconds: megabytes of capitalised names and titles. */
function longArticle(): string {
  const words = Array.from({ length: 120_000 }, (_, i) => `Minister Alpha Beta Gamma${i % 97} Delta Council Ministry Board`);
  return words.join(' ');
}

function batchWithLongArticle(): string {
  const file = path.join(tmp, 'long.ndjson');
  if (!fs.existsSync(file)) {
    const lines = ['a0', 'a1', 'a2'].map((id) => ({ id, text: ARTICLE }));
    lines.push({ id: 'long', text: longArticle() }, { id: 'a4', text: ARTICLE });
    fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  }
  return file;
}

describe('an interrupt while standard input waits for its next line', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s ends the run at once with the records of the lines read', async (signal, exitCode) => {
    const run = startCli(['extract', '--input-format', 'ndjson', '-'], true);
    run.child.stdin!.write(JSON.stringify({ id: 'a0', text: ARTICLE }) + '\n' + JSON.stringify({ id: 'a1', text: ARTICLE }) + '\n');
    await run.lines(2);
    const r = await run.interrupt(signal);
    expect(r.code).toBe(exitCode);
    expect(r.afterSignal).toBeLessThan(EXIT_WITHIN_MS);
    expect(parseNdjson(r.stdout).map((x) => x.id)).toEqual(['a0', 'a1']);
    expect(r.stderr).toBe(`newsfacts: interrupted by ${signal} after 2 records\n`);
  });
});

describe('an interrupt while a thread is on a long article', () => {
  it.each([
    ['1', 'SIGTERM', 143],
    ['2', 'SIGTERM', 143],
    ['1', 'SIGINT', 130],
  ] as const)('at -j %s, %s ends the run at once and keeps the records before it', async (threads, signal, exitCode) => {
    const run = startCli(['extract', '-j', threads, batchWithLongArticle()]);
    await run.lines(3);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the long article is in hand
    const r = await run.interrupt(signal);
    expect(r.code).toBe(exitCode);
    expect(r.afterSignal).toBeLessThan(EXIT_WITHIN_MS);
    expect(parseNdjson(r.stdout).map((x) => x.id)).toEqual(['a0', 'a1', 'a2']);
    expect(r.stderr).not.toMatch(/\n {4}at /); // no stack trace
  });

  it.each(['ndjson', 'json'])('with -o (%s), completes the file with those records and moves it into place', async (format) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'out-'));
    const out = path.join(dir, `out.${format}`);
    const run = startCli(['extract', '-j', '1', '--format', format, '-o', out, batchWithLongArticle()]);
    // the first three records are made at once; the long article holds the fourth
    const written = () => fs.readdirSync(dir).some((f) => f.includes('.tmp-') && fs.readFileSync(path.join(dir, f), 'utf8').includes('"a2"'));
    while (!written()) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the long article is in hand
    const r = await run.interrupt('SIGTERM');
    expect(r.code).toBe(143);
    expect(r.afterSignal).toBeLessThan(EXIT_WITHIN_MS);
    expect(fs.readdirSync(dir)).toEqual([`out.${format}`]);
    const text = fs.readFileSync(out, 'utf8');
    const records = format === 'json' ? (JSON.parse(text) as { id: string }[]) : parseNdjson(text);
    expect(records.map((x) => x.id)).toEqual(['a0', 'a1', 'a2']);
  });
});

describe('a second interrupt', () => {
  const withFifos = process.platform === 'win32' ? it.skip : it;
  withFifos('ends the run at once while the first one waits for the output (a FIFO nobody reads)', async () => {
    const fifo = path.join(fs.mkdtempSync(path.join(tmp, 'fifo-')), 'out');
    spawn('mkfifo', [fifo]).on('error', () => {});
    while (!fs.existsSync(fifo)) await new Promise((resolve) => setTimeout(resolve, 10));
    const run = startCli(['extract', '-o', fifo, batchWithLongArticle()]);
    // the run watches for signals from just before it opens its output (not a fixed time: it may start late)
    await untilWaitingOnFifo(run.child);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const first = run.interrupt('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(run.child.exitCode).toBeNull(); // still waiting for a reader of the FIFO
    const r = await run.interrupt('SIGINT');
    expect(r.afterSignal).toBeLessThan(EXIT_WITHIN_MS);
    expect(r.code).toBe(130);
    expect((await first).code).toBe(130);
  });
});
