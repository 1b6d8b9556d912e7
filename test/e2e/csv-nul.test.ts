// NUL in a CSV cell: --csv-raw keeps it, so every cell still slices back from the text at its
// offsets; the default CSV writes U+FFFD in its place, one code point for one, so the offsets hold
// there too and readers that refuse or cut at NUL (Python's csv before 3.11, pandas' C parser) read it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, parseNdjson, runCli } from '../helpers/cli.js';
import { readCsv } from '../helpers/csv.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-csv-nul-'));
beforeAll(ensureBuilt);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ID = 'wire\u0000042';
const TEXT = '"We will rebuild\u0000 the bridge by spring," Governor Jane Roe said on Monday.';

function article(): string {
  const file = path.join(tmp, 'nul.ndjson');
  fs.writeFileSync(file, JSON.stringify({ id: ID, text: TEXT, published: '2025-10-08' }) + '\n');
  return file;
}

const slice = (text: string, row: Record<string, string>): string => [...text].slice(Number(row.start), Number(row.end)).join('');
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('NUL in CSV cells', () => {
  it('is kept exactly by --csv-raw, so cells slice back from the text', async () => {
    const r = await runCli(['extract', '-q', '--format', 'csv', '--csv-raw', article()]);
    expect(r.code).toBe(0);
    const rows = await readCsv(r.stdout);
    expect(rows.every((row) => row.article === ID)).toBe(true);
    const quote = rows.find((row) => row.type === 'quote')!;
    expect(quote.text).toContain('\u0000');
    expect(quote.text).toBe(slice(TEXT, quote));
  });

  it('becomes U+FFFD in the default CSV, one code point for one, so offsets still match', async () => {
    const r = await runCli(['extract', '-q', '--format', 'csv', article()]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u0000');
    const rows = await readCsv(r.stdout);
    expect(rows[0]!.article).toBe('wire\uFFFD042');
    const quote = rows.find((row) => row.type === 'quote')!;
    expect(quote.text).toBe(slice(TEXT.replace('\u0000', '\uFFFD'), quote));
    const record = parseNdjson((await runCli(['extract', '-q', article()])).stdout)[0]!;
    expect(quote.text).toBe(record.quotes[0].text.replace('\u0000', '\uFFFD'));
  });

  it('is kept by summarize --csv-raw and replaced in its default CSV', async () => {
    const records = path.join(tmp, 'records.ndjson');
    fs.writeFileSync(records, (await runCli(['extract', '-q', article()])).stdout);
    const raw = await readCsv((await runCli(['summarize', '-q', '--format', 'csv', '--csv-raw', records])).stdout);
    expect(raw.find((row) => row.section === 'quote')!.text).toContain('rebuild\u0000 the');
    const safe = await readCsv((await runCli(['summarize', '-q', '--format', 'csv', records])).stdout);
    expect(safe.find((row) => row.section === 'quote')!.text).toContain('rebuild\uFFFD the');
  });

  (hasPython ? it : it.skip)("is read back by Python's csv module from the default CSV", async () => {
    const r = await runCli(['extract', '-q', '--format', 'csv', article()]);
    const read = spawnSync('python3', ['-c', "import csv, io, json, sys; print(json.dumps(list(csv.DictReader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))))"], { input: r.stdout, encoding: 'utf8' });
    expect(read.status).toBe(0);
    const rows = JSON.parse(read.stdout) as Record<string, string>[];
    const quote = rows.find((row) => row.type === 'quote')!;
    expect(quote.text).toBe(slice(TEXT.replace('\u0000', '\uFFFD'), quote));
    expect(rows).toEqual(await readCsv(r.stdout));
  });
});
