// The inputs analysts have, through the command line: gzip, JSON arrays, CSV of articles, files
// whose ending says table or JSON but whose content is not, and the language of each record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { ensureBuilt, parseNdjson, ROOT, runCli, withoutLastLine } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/invariants.js';

const LANGUAGES = path.join(ROOT, 'test/fixtures/languages');
const text = (code: string) => fs.readFileSync(path.join(LANGUAGES, `${code}.txt`), 'utf8');
let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-inputs-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  fs.writeFileSync(path.join(tmp, name), content);
  return path.join(tmp, name);
};

describe('a table or JSON file that holds no articles', () => {
  it('summarize facts.csv is one NO_ARTICLES error and exit 1, not a dossier of its cells', async () => {
    const facts = path.join(tmp, 'facts.csv');
    expect((await runCli(['extract', '-q', '--format', 'csv', '-o', facts, 'fixtures/smolensk-nine-uavs.txt'])).code).toBe(0);
    const r = await runCli(['summarize', '--format', 'json', facts]);
    expect(r.code).toBe(1);
    const dossier = JSON.parse(r.stdout);
    expect(dossier.articles).toMatchObject({ count: 1, failed: 1 });
    expect(dossier.officials).toEqual([]);
    expect(dossier.errors).toEqual([expect.objectContaining({ code: 'NO_ARTICLES' })]);
    expect(withoutLastLine(r.stderr).trim().split('\n')).toEqual([expect.stringMatching(/^newsfacts: error .*facts\.csv: NO_ARTICLES: .*table of facts/)]);
  });

  it.each([
    ['prose.csv', 'Governor Jane Roe said, on Monday, that five drones fell.\n', 'NO_ARTICLES'],
    ['broken.json', '{"text": "Governor Jane Roe', 'BAD_JSON'],
    ['prose.json', 'Governor Jane Roe said five drones fell.', 'BAD_JSON'],
  ])('extract %s is one error record, never article text', async (name, content, code) => {
    const r = await runCli(['extract', file(name, content)]);
    expect(r.code).toBe(1);
    const records = parseNdjson(r.stdout);
    expect(records).toEqual([expect.objectContaining({ id: path.join(tmp, name), error: expect.objectContaining({ code }) })]);
    expect(schemaErrors(records[0])).toEqual([]);
  });

  it('summarize still reads its own records, NDJSON and a JSON array', async () => {
    const ndjson = (await runCli(['extract', '-q', 'fixtures/smolensk-nine-uavs.txt'])).stdout;
    const json = (await runCli(['extract', '-q', '--format', 'json', 'fixtures/smolensk-nine-uavs.txt'])).stdout;
    for (const [name, content] of [['records.ndjson', ndjson], ['records.json', json]] as const) {
      const r = await runCli(['summarize', '--format', 'json', file(name, content)]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).officials.map((o: { name: string }) => o.name)).toContain('Vasily Anokhin');
    }
  });
});

describe('gzip, JSON and CSV of articles', () => {
  it('reads a CSV of articles with the columns named, its rows spanning lines, one record a row', async () => {
    const csv = file('news.csv', `key,headline,story,when\nk1,"Drones, again","${text('en').trim().replace(/"/g, '""')}\nSecond line.",2024-10-08\nk2,Empty,,\n`);
    const r = await runCli(['extract', '--types', 'dates', '--id-column', 'key', '--text-column', 'Story', '--published-column', 'when', '--title-column', 'headline', csv]);
    expect(r.code).toBe(1);
    const [k1, k2] = parseNdjson(r.stdout);
    expect(k1).toMatchObject({ id: 'k1', source: { kind: 'csv', line: 2 }, title: 'Drones, again', published: '2024-10-08', language: 'en' });
    expect(k1!.dates.map((d: { value: string }) => d.value)).toContain('2024-10-08');
    expect(k2).toMatchObject({ id: 'k2', error: { code: 'NO_CONTENT' } });
    expect(r.stderr).toMatch(/^newsfacts: error k2: NO_CONTENT: row .*news\.csv:4 has neither/m);
  });

  it('reads a JSON array and gzip, from files and from standard input', async () => {
    const articles = [{ id: 'a', text: text('en') }, { text: text('en'), published: '2024-10-08' }];
    const json = file('news.json.gz', zlib.gzipSync(JSON.stringify(articles)));
    const fromFile = await runCli(['extract', '--types', 'dates', json]);
    expect(parseNdjson(fromFile.stdout).map((r) => r.id)).toEqual(['a', `${json}[1]`]);
    const fromStdin = await runCli(['extract', '--types', 'dates'], { input: zlib.gzipSync(JSON.stringify(articles)) });
    expect(parseNdjson(fromStdin.stdout).map((r) => r.id)).toEqual(['a', 'stdin[1]']);
    const gzText = await runCli(['extract', '--types', 'dates'], { input: zlib.gzipSync(text('en')) });
    expect(parseNdjson(gzText.stdout)).toEqual([expect.objectContaining({ id: 'stdin', language: 'en' })]);
  });

  it('makes a gzip bomb on standard input TOO_LARGE and a cut gzip UNREADABLE', async () => {
    const bomb = await runCli(['extract', '--max-bytes', '1M'], { input: zlib.gzipSync(Buffer.alloc(20_000_000, 'a')) });
    expect(parseNdjson(bomb.stdout)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'TOO_LARGE' }) })]);
    const packed = zlib.gzipSync(text('en').repeat(20));
    const cut = await runCli(['extract'], { input: packed.subarray(0, packed.length - 20) });
    expect(parseNdjson(cut.stdout)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'UNREADABLE' }) })]);
  });
});

describe('--lang', () => {
  it('says each record\'s language, and leaves another language unextracted with a warning', async () => {
    const r = await runCli(['extract', '--include-text', LANGUAGES]);
    expect(r.code).toBe(0);
    const records = parseNdjson(r.stdout);
    expect(records.map((x) => [path.basename(x.id), x.language])).toEqual([['de.txt', 'de'], ['en.txt', 'en'], ['ja.txt', 'ja'], ['pt.txt', 'pt'], ['ru.txt', 'ru']]);
    const pt = records.find((x) => x.language === 'pt')!;
    expect(pt.text).toBe(text('pt')); // the text stays: what a benchmark of article text scores
    expect(pt.officials).toEqual([]);
    expect(pt.warnings).toEqual([expect.stringMatching(/^written in Portuguese \(pt\), not English/)]);
    for (const record of records) expect(schemaErrors(record)).toEqual([]);
    expect(withoutLastLine(r.stderr).trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toMatch(/^newsfacts: warning .*pt\.txt: written in Portuguese/m);
  });

  it('extracts the languages asked for, or any', async () => {
    for (const lang of ['pt', 'en,pt', 'any']) {
      const [record] = parseNdjson((await runCli(['extract', '--lang', lang, '--types', 'dates', path.join(LANGUAGES, 'pt.txt')])).stdout);
      expect(record).toMatchObject({ language: 'pt' });
      expect(record!.warnings).toBeUndefined();
    }
  });

  it('refuses a language it does not know as a usage error', async () => {
    const r = await runCli(['extract', '--lang', 'xx', path.join(LANGUAGES, 'pt.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--lang.*unknown: xx/);
  });

  it('tells the languages of the HTML set\'s pages, gzipped, where the shared data is at hand', async () => {
    const dir = path.join(ROOT, '../shared/data/aeb-dev/html');
    if (!fs.existsSync(dir)) return; // CI clones the project alone
    const pages = ['11ea381a', '3c6d3381', '57b4dafd', '85439e26', '042bb7b5'].map((p) => fs.readdirSync(dir).find((f) => f.startsWith(p))!);
    const r = await runCli(['extract', '-q', '--types', 'dates', ...pages.map((p) => path.join(dir, p))]);
    expect(parseNdjson(r.stdout).map((x) => x.language)).toEqual(['pt', 'ru', 'de', 'ja', 'en']);
  });
});
