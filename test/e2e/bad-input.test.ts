import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, parseNdjson, runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/invariants.js';
import { fromFsError } from '../../src/errors.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bad-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = 'Governor Jane Roe of the Tver Region said on Monday that four drones were shot down.\n';

/** A big NDJSON batch, for the tests that stop a run half-way. */
function bigBatch(n: number): string {
  const file = path.join(tmp, `batch-${n}.ndjson`);
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: ARTICLE.repeat(5) })).join('\n') + '\n');
  }
  return file;
}

describe('every bad input gives an error record with its code, and the batch goes on', () => {
  it('handles a whole folder of bad inputs in one run', async () => {
    const dir = path.join(tmp, 'mixed');
    fs.mkdirSync(path.join(dir, 'loop'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a-good.txt'), ARTICLE);
    fs.writeFileSync(path.join(dir, 'b-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    fs.writeFileSync(path.join(dir, 'd-latin1.txt'), Buffer.from([0x47, 0x6f, 0x76, 0xff, 0xfe, 0x20, 0x52, 0x6f, 0x65, 0x0a])); // invalid UTF-8
    fs.writeFileSync(path.join(dir, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]));
    fs.writeFileSync(path.join(dir, 'f-big.txt'), 'x'.repeat(5000));
    fs.writeFileSync(path.join(dir, 'g-lines.ndjson'), `{"id":"ok","text":"fine"}\nnot json\n{"id":"long","text":"${'y'.repeat(5000)}"}\n`);
    fs.symlinkSync('..', path.join(dir, 'loop', 'up'));
    fs.symlinkSync('self', path.join(dir, 'self'));
    const r = await runCli(['extract', '--max-bytes', '4k', dir, path.join(tmp, 'missing.txt')]);
    expect(r.code).toBe(1);
    const recs = parseNdjson(r.stdout);
    for (const rec of recs) expect(schemaErrors(rec)).toEqual([]);
    const byId = new Map(recs.map((x) => [path.basename(x.id), x]));
    const record = (id: string) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no record for ${id}`);
      return found;
    };
    expect(record('a-good.txt').error).toBeUndefined();
    expect(record('b-empty.txt').error.code).toBe('EMPTY');
    expect(record('c-binary.txt').error.code).toBe('BINARY');
    expect(record('d-latin1.txt').error).toBeUndefined();
    expect(record('d-latin1.txt').warnings?.join(' ')).toMatch(/replac|invalid|UTF-8/i);
    expect(record('e-utf16.txt').error).toBeUndefined();
    expect(record('f-big.txt').error.code).toBe('TOO_LARGE');
    expect(record('ok').error).toBeUndefined();
    expect(record('g-lines.ndjson:2').error.code).toBe('BAD_JSON');
    expect(recs.find((x) => x.source.line === 3)?.error.code).toBe('TOO_LARGE');
    expect(record('up').error.code).toBe('SYMLINK_LOOP');
    expect(record('self').error.code).toBe('SYMLINK_LOOP');
    expect(record('missing.txt').error.code).toBe('NOT_FOUND');
    // One line on stderr for each failed input, naming it.
    const errorLines = r.stderr.split('\n').filter((l) => / error /.test(l));
    expect(errorLines).toHaveLength(recs.filter((x) => x.error).length);
  });

  it('maps permission errors to UNREADABLE (tested directly: root reads any file)', () => {
    const err = fromFsError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), '/x');
    expect(err.code).toBe('UNREADABLE');
    expect(err.message).toMatch(/permission denied: \/x/);
  });

  (process.getuid?.() === 0 ? it.skip : it)('reports an unreadable file as UNREADABLE', async () => {
    const file = path.join(tmp, 'secret.txt');
    fs.writeFileSync(file, ARTICLE);
    fs.chmodSync(file, 0);
    const r = await runCli(['extract', file]);
    expect(parseNdjson(r.stdout)[0]?.error.code).toBe('UNREADABLE');
  });
});

describe('output is never corrupt', () => {
  // A CSV writer once waited forever for a stream that the closed output would never drain
  it.each([
    ['ndjson', '1', /^\{"id":"a0"/],
    ['ndjson', '2', /^\{"id":"a0"/],
    ['csv', '1', /^article,published,type/],
    ['csv', '2', /^article,published,type/],
    ['json', '2', /^\[$/],
  ])('stops quietly when the reader goes away (--format %s -j %s | head -1)', async (format, workers, firstLine) => {
    const file = bigBatch(300);
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const cli = `"${process.execPath}" "${BIN}" extract --format ${format} -j ${workers} "${file}"`;
      const child = spawn('sh', ['-c', `${cli} | head -1`], { env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(firstLine);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('on %s, stops after a whole record and exits %i', async (signal, exitCode) => {
    const file = bigBatch(2000);
    const child = spawn(process.execPath, [BIN, 'extract', '-j', '1', file], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (d) => {
      if (!stdout) setTimeout(() => child.kill(signal), 50);
      stdout += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(exitCode);
    expect(stdout.endsWith('\n')).toBe(true);
    const recs = parseNdjson(stdout);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(2000);
    recs.forEach((rec, i) => expect(rec.id).toBe(`a${i}`));
  });

  it('on SIGTERM with -o, leaves the target whole with the records made, and no temporary file', async () => {
    const file = bigBatch(2000);
    const outDir = path.join(tmp, 'sigout');
    fs.mkdirSync(outDir, { recursive: true });
    const child = spawn(process.execPath, [BIN, 'extract', '-j', '1', '-o', path.join(outDir, 'out.ndjson'), file]);
    // Wait until the run is writing its temporary file, then interrupt it.
    while (fs.readdirSync(outDir).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fs.readdirSync(outDir)[0]).toMatch(/^\.out\.ndjson\.tmp-/);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(143);
    expect(fs.readdirSync(outDir)).toEqual(['out.ndjson']);
    const recs = parseNdjson(fs.readFileSync(path.join(outDir, 'out.ndjson'), 'utf8'));
    expect(recs.length).toBeGreaterThan(0);
    recs.forEach((rec, i) => expect(rec.id).toBe(`a${i}`));
  });

  it('with -o and a failure to write, exits 2 and leaves nothing', async () => {
    const r = await runCli(['extract', '-o', path.join(tmp, 'no/such/dir/out.ndjson'), 'fixtures/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});
