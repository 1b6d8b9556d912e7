// Long runs (issue 24): the last line on stderr, and `--resume`, which goes on with the -o file an
// interrupted run left, to the records an uninterrupted run writes.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, runCli } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-long-'));
beforeAll(() => ensureBuilt());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const lines = (text: string) => text.split('\n').filter(Boolean);
const TEXTS = [
  'Governor Jane Roe of the Tver Region said on Monday that four drones were shot down over Kursk.',
  'Mayor John Smith of Springfield said on Tuesday that “the storm is over”, and two people were hurt in Kyiv.',
  'The Ministry of Defense (MoD) said 12 drones were destroyed over the Belgorod Region between 2:00 and 5:00 pm.',
];

/** An NDJSON file of `n` articles, the eighth without text (an error record). */
function batchFile(n: number): string {
  const file = path.join(tmp, `batch-${n}.ndjson`);
  if (!fs.existsSync(file)) {
    const rows = Array.from({ length: n }, (_, i) => (i === 7 ? { id: `a${i}` } : { id: `a${i}`, text: TEXTS[i % TEXTS.length]!.repeat(1 + (i % 4)), published: '2025-10-08' }));
    fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  return file;
}

describe('the last line on stderr', () => {
  it('gives the articles, errors, time and rate of the run', async () => {
    const r = await runCli(['extract', '-j', '1', batchFile(12)]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(2); // the error, then the last line
    expect(lines(r.stderr)[1]).toMatch(/^newsfacts: 12 articles \(1 error\) in \d+\.\d s, \d+(\.\d+)? articles\/s$/);
    const one = await runCli(['extract', 'fixtures/smolensk-nine-uavs.txt']);
    expect(one.stderr).toMatch(/^newsfacts: 1 article in \d+\.\d s, [\d.]+ articles\/s\n$/);
  });

  it('is left out with --quiet, which still reports errors', async () => {
    const r = await runCli(['extract', '-q', batchFile(12)]);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^newsfacts: error a7: /)]);
  });
});

describe('--resume', () => {
  it.each([
    [['extract', '--resume', 'fixtures/'], /^newsfacts: --resume needs -o FILE\.ndjson/],
    [['extract', '--resume', '--format', 'json', '-o', 'x.json', 'fixtures/'], /^newsfacts: --resume needs --format ndjson/],
  ])('is refused before any work: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('refuses an -o that is no regular file, and a file of something else than records', async () => {
    const fifo = path.join(tmp, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['extract', '--resume', '-o', fifo, 'fixtures/']);
    expect(r).toMatchObject({ code: 2, stderr: `newsfacts: cannot resume into ${fifo}: --resume needs -o to name a regular file\n` });
    const csv = path.join(tmp, 'table.ndjson');
    fs.writeFileSync(csv, 'id,text\na,b\n');
    const other = await runCli(['extract', '--resume', '-o', csv, 'fixtures/']);
    expect(other).toMatchObject({ code: 2, stderr: `newsfacts: cannot resume ${csv}: line 1 is not a newsfacts record\n` });
    expect(fs.readFileSync(csv, 'utf8')).toBe('id,text\na,b\n');
  });

  it('skips the inputs whose records the file holds, drops a line written in part, and appends the rest', async () => {
    const input = batchFile(12);
    const whole = await runCli(['extract', '-j', '1', input]);
    const out = path.join(tmp, 'resumed.ndjson');
    const kept = lines(whole.stdout).slice(0, 5);
    fs.writeFileSync(out, kept.join('\n') + '\n' + lines(whole.stdout)[5]!.slice(0, 40));
    const r = await runCli(['extract', '--resume', '-o', out, input]);
    expect(r.code).toBe(1); // a7 is among the new ones
    expect(lines(r.stderr).at(-1)).toMatch(/^newsfacts: 7 articles \(1 error\) in .*; 5 already in /);
    expect(fs.readFileSync(out, 'utf8')).toBe(whole.stdout);
    const again = await runCli(['extract', '--resume', '-o', out, input]);
    expect(again.code).toBe(1); // a7's error record is in the file
    expect(lines(again.stderr).at(-1)).toMatch(/^newsfacts: 0 articles in .*; 12 already in /);
    expect(fs.readFileSync(out, 'utf8')).toBe(whole.stdout);
  });

  it.each([
    ['SIGINT', ['--resume']],
    ['SIGTERM', []],
  ] as const)('after an -o run interrupted by %s (%j), gives the records of an uninterrupted run', async (signal, firstFlags) => {
    const input = batchFile(400);
    const whole = await runCli(['extract', '-q', input]);
    const dir = fs.mkdtempSync(path.join(tmp, 'interrupted-'));
    const out = path.join(dir, 'facts.ndjson');
    const child = spawn(process.execPath, [BIN, 'extract', '-q', ...firstFlags, '-o', out, input], { env: { ...process.env, NO_COLOR: '1' } });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // once records are being written (to the file itself with --resume, else to its temporary file)
    const writing = () => fs.readdirSync(dir).some((name) => fs.statSync(path.join(dir, name)).size > 2000);
    while (!writing()) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill(signal);
    expect(await closed).toBe(signal === 'SIGINT' ? 130 : 143);
    const first = fs.readFileSync(out, 'utf8');
    expect(first.endsWith('\n')).toBe(true);
    expect(lines(first).length).toBeGreaterThan(0);
    expect(lines(first).length).toBeLessThan(400);
    const r = await runCli(['extract', '-q', '--resume', '-o', out, input]);
    expect(r.code).toBe(1); // as the whole run's: a7 failed, in this run or the first
    expect(fs.readdirSync(dir)).toEqual(['facts.ndjson']);
    expect(lines(fs.readFileSync(out, 'utf8')).sort()).toEqual(lines(whole.stdout).sort());
  });
});

describe('the default concurrency', () => {
  it.each([
    ['workers started as the pool decides', {}],
    ['workers started at once', { NEWSFACTS_EAGER_WORKERS: '1' }],
  ])('writes the bytes -j 1 writes (%s)', async (_, env) => {
    const input = batchFile(400);
    const one = await runCli(['extract', '-q', '-j', '1', input]);
    const dflt = await runCli(['extract', '-q', input], { env });
    expect(dflt.code).toBe(1);
    expect(dflt.stdout).toBe(one.stdout);
  });
});
