// `extract --format csv -o DIR/`: one CSV per kind. The README's DuckDB recipes are run here as the
// README writes them (read from between its markers, so the two cannot drift) over the tables of
// test/fixtures/tables, and every table is read back with Python's csv module: its header, and
// integers in the integer columns.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, ROOT, runCli } from '../helpers/cli.js';
import { duckdb, readmeQueries } from '../helpers/readme.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-tables-'));
const ARTICLES = path.join(ROOT, 'test/fixtures/tables');
beforeAll(ensureBuilt);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEADERS: Record<string, string> = {
  'articles.csv': 'article,source,path,title,published,url,author,language,error,warnings,officials,regions,dates,counts,quotes,organizations',
  'officials.csv': 'article,official_id,name,title,affiliation,aliases,entity,mentions,start,end',
  'regions.csv': 'article,name,kind,country,geonames_id,lat,lon,entity,mentions,start,end',
  'dates.csv': 'article,text,value,type,begin,until,start,end',
  'counts.csv': 'article,text,value,item,item_key,region,qualifier,when,when_begin,when_until,source,role,start,end',
  'quotes.csv': 'article,text,speaker,official_id,entity,cue,start,end',
  'organizations.csv': 'article,name,acronym,mentions,start,end',
  'errors.csv': 'article,code,message',
};
/** Columns that always hold an integer, and those that hold one or nothing. */
const INTEGERS: Record<string, { always: string[]; orEmpty: string[] }> = {
  'articles.csv': { always: ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'], orEmpty: [] },
  'officials.csv': { always: ['official_id', 'mentions', 'start', 'end'], orEmpty: [] },
  'regions.csv': { always: ['mentions', 'start', 'end'], orEmpty: ['geonames_id'] },
  'dates.csv': { always: ['start', 'end'], orEmpty: [] },
  'counts.csv': { always: ['value', 'start', 'end'], orEmpty: [] },
  'quotes.csv': { always: ['start', 'end'], orEmpty: ['official_id'] },
  'organizations.csv': { always: ['mentions', 'start', 'end'], orEmpty: [] },
  'errors.csv': { always: [], orEmpty: [] },
};

async function writeTables(name: string, args: string[]): Promise<string> {
  const folder = path.join(tmp, name, 'tables');
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const r = await runCli(['extract', '-q', '-j', '1', '--format', 'csv', '-o', folder + '/', ...args]);
  expect(r.stderr).not.toMatch(/cannot write/);
  return folder;
}

const PYTHON = spawnSync('python3', ['--version']).status === 0;

/** Each table read with Python's csv module: its header, its number of rows, and the cells of integer columns that are no integer. */
function readWithPython(folder: string): Record<string, { header: string; rows: number; bad: string[] }> {
  const script = `
import csv, json, os, sys
folder, spec = sys.argv[1], json.load(sys.stdin)
out = {}
for name, columns in spec.items():
    with open(os.path.join(folder, name), newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    bad = []
    for row in rows:
        for column in columns['always'] + columns['orEmpty']:
            cell = row[header.index(column)]
            if cell == '' and column in columns['orEmpty']:
                continue
            try:
                int(cell)
            except ValueError:
                bad.append(f'{column}={cell!r}')
    out[name] = {'header': ','.join(header), 'rows': len(rows), 'bad': bad}
print(json.dumps(out))
`;
  const run = spawnSync('python3', ['-c', script, folder], { input: JSON.stringify(INTEGERS), encoding: 'utf8' });
  expect(run.status === 0 ? '' : run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('extract --format csv -o DIR/', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await writeTables('linked', ['--link', ARTICLES]);
  });

  it('writes one table per kind, each with its header', () => {
    expect(fs.readdirSync(folder).sort()).toEqual(Object.keys(HEADERS).sort());
    for (const [file, header] of Object.entries(HEADERS)) expect(fs.readFileSync(path.join(folder, file), 'utf8').split('\n')[0]).toBe(header);
  });

  it('answers the README recipes in DuckDB', () => {
    const queries = readmeQueries();
    expect([...queries.keys()]).toEqual(['who was quoted most', 'drones by region', 'the timeline']);
    const [quoted, drones, timeline] = duckdb(path.dirname(folder), [...queries.values()]);
    expect(quoted!.slice(0, 2)).toEqual([
      { who: 'person:gladkov.viacheslav', name: 'Vyacheslav Gladkov', quotes: '3', articles: '2' },
      { who: 'person:obama.barak', name: 'Barack Obama', quotes: '2', articles: '2' },
    ]);
    expect(drones).toEqual([
      { region: 'Kursk Region', drones: '7', articles: '2' },
      { region: 'Belgorod Region', drones: '5', articles: '1' },
    ]);
    expect(timeline!.map((row) => `${row.begin} ${row.value}`)).toEqual([
      '2006-08-28 00:00:00 2006-08-28',
      '2015-07-21 06:00:00 2015-07-21TMO',
      '2016-01-01 00:00:00 2016',
      '2024-10-01 00:00:00 2024-10',
      '2024-10-07 18:00:00 2024-10-07TNI',
      '2024-10-08 00:00:00 2024-10-08',
      '2024-10-09 18:00:00 2024-10-09TNI',
      '2024-10-10 00:00:00 2024-10-10',
      '2025-01-01 00:00:00 2025',
    ]);
    expect(timeline![0]).toMatchObject({ text: 'Monday', title: 'Senator Obama in Nairobi', until: '2006-08-29 00:00:00' });
  });

  it('counts quotes by speaker without --link', async () => {
    const plain = await writeTables('plain', [ARTICLES]);
    const [quoted] = duckdb(path.dirname(plain), [readmeQueries().get('who was quoted most')!]);
    expect(quoted![0]).toEqual({ who: 'Vyacheslav Gladkov', name: 'Vyacheslav Gladkov', quotes: '3', articles: '2' });
  });

  (PYTHON ? it : it.skip)("reads back in Python's csv module, integers in integer columns", () => {
    const tables = readWithPython(folder);
    for (const [file, header] of Object.entries(HEADERS)) expect(tables[file]).toEqual({ header, rows: expect.any(Number), bad: [] });
    expect(tables['articles.csv']!.rows).toBe(6);
    expect(tables['errors.csv']!.rows).toBe(1);
    expect(tables['quotes.csv']!.rows).toBe(8);
  });
});

describe('the tables folder', () => {
  it('has every header when no item comes, and the failed input in articles.csv and errors.csv', async () => {
    const folder = await writeTables('empty', [path.join(tmp, 'no-such-article.txt')]);
    for (const [file, header] of Object.entries(HEADERS)) {
      const lines = fs.readFileSync(path.join(folder, file), 'utf8').split('\n').filter(Boolean);
      expect(lines[0]).toBe(header);
      expect(lines.length).toBe(file === 'articles.csv' || file === 'errors.csv' ? 2 : 1);
    }
    expect(fs.readFileSync(path.join(folder, 'errors.csv'), 'utf8')).toMatch(/,NOT_FOUND,/);
  });

  it('replaces the tables of a folder that exists and keeps its other files', async () => {
    const folder = path.join(tmp, 'existing');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(folder, 'quotes.csv'), 'old');
    const r = await runCli(['extract', '-q', '-j', '1', '--format', 'csv', '-o', folder, path.join(ARTICLES, 'articles.ndjson')]);
    expect(r.code).toBe(1); // the fixture's line with no text
    expect(fs.readdirSync(folder).sort()).toEqual([...Object.keys(HEADERS), 'notes.txt'].sort());
    expect(fs.readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(folder, 'quotes.csv'), 'utf8').split('\n')[0]).toBe(HEADERS['quotes.csv']);
  });

  it('neutralises formula cells, but for --csv-raw', async () => {
    const input = path.join(tmp, 'formula.ndjson');
    fs.writeFileSync(input, JSON.stringify({ id: '=1+1', text: 'Governor Jane Roe of the Tver Region said five drones were shot down.' }) + '\n');
    const safe = await writeTables('safe', [input]);
    const raw = await writeTables('raw', ['--csv-raw', input]);
    expect(fs.readFileSync(path.join(safe, 'counts.csv'), 'utf8').split('\n')[1]).toMatch(/^'=1\+1,five drones,5,/);
    expect(fs.readFileSync(path.join(raw, 'counts.csv'), 'utf8').split('\n')[1]).toMatch(/^=1\+1,five drones,5,/);
  });

  it.each([
    ['a folder in a missing folder', 'missing/tables/', /cannot write .*missing\/tables\/: the folder .*missing does not exist/],
    ['a file given as a folder', 'a-file.csv/', /cannot write .*a-file\.csv\/: it is not a folder/],
  ])('refuses %s before any work', async (_name, given, message) => {
    fs.writeFileSync(path.join(tmp, 'a-file.csv'), 'kept');
    const r = await runCli(['extract', '-q', '--format', 'csv', '-o', path.join(tmp, given), path.join(ARTICLES, 'articles.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.readFileSync(path.join(tmp, 'a-file.csv'), 'utf8')).toBe('kept');
  });

  it('leaves the long CSV of a file as it was, with entity and language added', async () => {
    const file = path.join(tmp, 'long.csv');
    const r = await runCli(['extract', '-q', '--link', '--format', 'csv', '-o', file, path.join(ARTICLES, 'articles.ndjson')]);
    expect(r.code).toBe(1);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('article,published,type,text,value,title,affiliation,item,item_key,region,when,source,role,speaker,start,end,geonames_id,lat,lon,entity,language');
    expect(lines.find((line) => line.startsWith('smith-two,2024-10-10,official,Mary Smith,'))).toMatch(/,person:smith\.mari,$/);
  });

  it('keeps the tables of the records an interrupted run finished, and no temporary folder', async () => {
    const parent = fs.mkdtempSync(path.join(tmp, 'interrupted-'));
    const input = path.join(tmp, 'batch.ndjson');
    const text = 'Governor Jane Roe said on Monday that three drones were downed over the Tver region. '.repeat(5);
    fs.writeFileSync(input, Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
    const child = spawn(process.execPath, [BIN, 'extract', '-q', '-j', '1', '--format', 'csv', '-o', path.join(parent, 'tables') + '/', input], { env: { ...process.env, NO_COLOR: '1' } });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // once rows are being written to the temporary folder, interrupt
    const rowsWritten = () => fs.readdirSync(parent).some((name) => (fs.statSync(path.join(parent, name, 'counts.csv'), { throwIfNoEntry: false })?.size ?? 0) > HEADERS['counts.csv']!.length + 1);
    while (!rowsWritten() && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(fs.readdirSync(parent)).toEqual(['tables']);
    const articles = fs.readFileSync(path.join(parent, 'tables', 'articles.csv'), 'utf8').split('\n').filter(Boolean).slice(1);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(2000);
    expect(articles.map((line) => line.split(',')[0])).toEqual(articles.map((_, i) => `a${i}`));
  });
});
