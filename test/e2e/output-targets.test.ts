// Where output goes, and what a failure to write it gives: `-o` replaces only regular files (a
// device, a FIFO or a socket is written in place, a symlink's target is written, a folder is
// refused before any work), and every write failure is one line on stderr and exit 2.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, parseNdjson, ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { untilWaitingOnFifo } from '../helpers/fifo-wait.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-out-')));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ON_LINUX = process.platform === 'linux';
const linuxOnly = ON_LINUX ? it : it.skip; // /dev/full and /dev/null as character devices are Linux's
const EXIT_UNWRITABLE = 2;
const ARTICLES = ['fixtures/smolensk-drone-alert.txt', 'fixtures/smolensk-nine-uavs.txt'];

/** A device must still be one after a run: an `-o` that renamed over it (as root) broke the machine. */
function expectCharDevice(device: string): void {
  expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
}

/** Runs the CLI with its standard output on a file descriptor (a shell's `> /dev/full`). */
function runToFd(args: string[], fd: number): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
  });
}

const lines = (stderr: string) => stderr.split('\n').filter(Boolean);

/** Makes a FIFO with mkfifo; false, with the reason, where the platform has none. */
function madeFifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file]);
    return true;
  } catch {
    console.warn('skipped: mkfifo is not available on this platform');
    return false;
  }
}

describe('-o on what is not a regular file', () => {
  linuxOnly('writes /dev/null in place, and a symlink to it', async () => {
    fs.symlinkSync('/dev/null', path.join(tmp, 'to-null'));
    // the link first: a build that renamed over it fails there, before it can touch /dev/null itself
    for (const target of [path.join(tmp, 'to-null'), '/dev/null']) {
      const r = await runCli(['extract', '-q', '-o', target, 'fixtures/']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expectCharDevice('/dev/null');
    }
    expect(fs.lstatSync(path.join(tmp, 'to-null')).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(tmp).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('writes into a FIFO that another process reads, and leaves it a FIFO', async () => {
    const fifo = path.join(tmp, 'records.fifo');
    if (!madeFifo(fifo)) return;
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (d) => (read += d));
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli(['extract', '-q', '-o', fifo, ...ARTICLES]);
    await readerDone;
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(parseNdjson(read).map((rec) => rec.id)).toEqual(ARTICLES);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(tmp).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('waits for a FIFO\'s reader without holding the run past a second interrupt', async () => {
    const fifo = path.join(tmp, 'unread.fifo');
    if (!madeFifo(fifo)) return;
    const child = spawn(process.execPath, [BIN, 'extract', '-q', '-j', '1', '-o', fifo, ARTICLES[0]!], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      // blocked opening the FIFO, which the run does once it watches for signals (not a fixed time: it may start late)
      await untilWaitingOnFifo(child);
      expect(child.exitCode).toBeNull(); // still waiting for a reader, as `> fifo` does
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      child.kill('SIGTERM');
      const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 5000));
      expect(await Promise.race([exited, timeout])).toBe(143);
    } finally {
      child.kill('SIGKILL'); // a failed expectation must not leave the run waiting for a reader
    }
  });

  it('writes to a socket that another process listens on', async () => {
    const sock = path.join(tmp, 'records.sock');
    let read = '';
    const received = new Promise<void>((resolve) => {
      const server = net.createServer((conn) => {
        conn.setEncoding('utf8').on('data', (d) => (read += d));
        conn.on('end', () => {
          server.close();
          resolve();
        });
      });
      server.listen(sock);
    });
    const r = await runCli(['extract', '-q', '-o', sock, ...ARTICLES]);
    await received;
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(parseNdjson(read)).toHaveLength(2);
  });

  it('writes the file a symlink names, atomically, and keeps the link', async () => {
    const dir = path.join(tmp, 'linked');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'real.ndjson'), 'old\n', { mode: 0o600 });
    fs.symlinkSync('real.ndjson', path.join(dir, 'link.ndjson'));
    const r = await runCli(['extract', '-q', '-o', path.join(dir, 'link.ndjson'), ...ARTICLES]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(fs.lstatSync(path.join(dir, 'link.ndjson')).isSymbolicLink()).toBe(true);
    expect(parseNdjson(fs.readFileSync(path.join(dir, 'real.ndjson'), 'utf8'))).toHaveLength(2);
    expect(fs.statSync(path.join(dir, 'real.ndjson')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).sort()).toEqual(['link.ndjson', 'real.ndjson']);
  });

  it.each([
    ['a folder', (dir: string) => dir, 'it is a folder'],
    ['a folder that does not exist', (dir: string) => path.join(dir, 'no/such/out.ndjson'), `the folder`],
  ])('refuses %s before any work: one line naming the path, exit 2', async (_, pathIn, reason) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'refuse-'));
    const target = pathIn(dir);
    for (const command of ['extract', 'summarize']) {
      // the missing input would give an error line of its own if any work were done
      const r = await runCli([command, '-o', target, path.join(tmp, 'missing-input.txt')]);
      expect(r.code).toBe(EXIT_UNWRITABLE);
      expect(lines(r.stderr)).toEqual([expect.stringContaining(`newsfacts: cannot write ${target}: ${reason}`)]);
      expect(r.stderr).not.toMatch(/\.tmp-|\n\s+at /);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('a failure to write is one line on stderr and exit 2', () => {
  const NO_SPACE = /^newsfacts: cannot write (?<what>.+): no space left on device$/;

  linuxOnly.each(['ndjson', 'json', 'csv'])('extract --format %s -o /dev/full (and a symlink to it)', async (format) => {
    const link = path.join(tmp, `full-${format}`);
    fs.symlinkSync('/dev/full', link);
    // the link first: a build that renamed over it fails there, before it can touch /dev/full itself
    for (const target of [link, '/dev/full']) {
      const r = await runCli(['extract', '-q', '--format', format, '-o', target, 'fixtures/']);
      expect(r.code).toBe(EXIT_UNWRITABLE);
      expect(lines(r.stderr)).toEqual([`newsfacts: cannot write ${target}: no space left on device`]);
      expectCharDevice('/dev/full');
    }
  });

  linuxOnly.each(['ndjson', 'json', 'csv'])('extract --format %s > /dev/full', async (format) => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = await runToFd(['extract', '-q', '--format', format, 'fixtures/'], full);
      expect(r.code).toBe(EXIT_UNWRITABLE);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(NO_SPACE)]);
      expect(r.stderr).toMatch(/cannot write standard output/);
    } finally {
      fs.closeSync(full);
    }
  });

  linuxOnly.each([
    [['summarize', '-q', 'fixtures/']],
    [['summarize', '-q', '--format', 'csv', 'fixtures/']],
    [['schema']],
  ])('%j > /dev/full', async (args) => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = await runToFd(args, full);
      expect(r.code).toBe(EXIT_UNWRITABLE);
      expect(lines(r.stderr)).toEqual(['newsfacts: cannot write standard output: no space left on device']);
    } finally {
      fs.closeSync(full);
    }
  });

  linuxOnly('summarize -o /dev/full', async () => {
    const r = await runCli(['summarize', '-q', '-o', '/dev/full', 'fixtures/']);
    expect(r.code).toBe(EXIT_UNWRITABLE);
    expect(lines(r.stderr)).toEqual(['newsfacts: cannot write /dev/full: no space left on device']);
    expectCharDevice('/dev/full');
  });
});

describe('--help', () => {
  it.each(['extract', 'summarize'])('%s lists exit 2 for output that cannot be written, and --csv-raw', async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.stdout).toMatch(/2 usage error or output that cannot be written/);
    expect(r.stdout).toMatch(/--csv-raw/);
  });
});

describe('an interrupt while -o is being written', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s gives its one line on stderr, no write error after it, and a file of the finished records alone', async (signal, exitCode) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'interrupted-'));
    const input = path.join(dir, 'batch.ndjson');
    const text = 'Governor Jane Roe said on Monday that three drones were downed over the Tver region. '.repeat(5);
    fs.writeFileSync(input, Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
    const out = path.join(dir, 'out', 'facts.ndjson');
    fs.mkdirSync(path.dirname(out));
    const child = spawn(process.execPath, [BIN, 'extract', '-j', '1', '-o', out, input], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // once records are being written to the temporary file, interrupt
    while (!fs.readdirSync(path.dirname(out)).some((name) => fs.statSync(path.join(path.dirname(out), name)).size > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill(signal);
    expect(await closed).toBe(exitCode);
    // the spurious line was "write after a stream was destroyed", printed after the interrupt's own
    expect(lines(stderr)).toEqual([expect.stringMatching(new RegExp(`^newsfacts: interrupted by ${signal}`))]);
    // the temporary file is moved into place, holding complete records only, in input order
    expect(fs.readdirSync(path.dirname(out))).toEqual(['facts.ndjson']);
    const kept = fs.readFileSync(out, 'utf8');
    expect(kept.endsWith('\n')).toBe(true);
    const ids = kept.split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
    expect(ids.length).toBeLessThan(2000);
    expect(ids).toEqual(ids.map((_, i) => `a${i}`));
  });
});
