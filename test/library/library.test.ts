// The library's two calls: extractText for text in hand, extract for HTML, a file or a URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract, extractText, InputError, isInputError, ITEM_KINDS, type ArticleRecord } from '../../src/library.js';
import { schemaErrors, badSpans } from '../helpers/invariants.js';
import { startServer, type TestServer } from '../net/server.js';

const TEXT = 'Governor Jane Roe of the Tver Region said on Monday that five drones were shot down over the region. “We are safe,” she added.';
const HTML = `<html><head><title>Drones over Tver</title><meta property="article:published_time" content="2024-10-08T09:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Drones over Tver</h1><p>${TEXT}</p></article><footer>© Example News</footer></body></html>`;

describe('extractText', () => {
  it('gives the record of plain text, dated by published, valid against the schema', () => {
    const r = extractText(TEXT, { published: '2024-10-08', includeText: true });
    expect(r).toMatchObject({ id: 'text', source: { kind: 'library' }, published: '2024-10-08' });
    expect(r.officials?.[0]).toMatchObject({ name: 'Jane Roe', title: 'Governor', affiliation: 'Tver Region' });
    expect(r.dates?.map((d) => d.value)).toContain('2024-10-07');
    expect(r.counts?.[0]).toMatchObject({ value: 5, item_key: 'drone' });
    expect(r.quotes?.[0]).toMatchObject({ text: 'We are safe,', speaker: 'Jane Roe' });
    expect(schemaErrors(r)).toEqual([]);
    expect(badSpans(r, TEXT)).toEqual([]);
  });

  it('puts only the kinds asked for in the record, under the id given', () => {
    const r = extractText(TEXT, { id: 'a1', types: ['quotes'] });
    expect(r.id).toBe('a1');
    expect(Object.keys(r).filter((k) => (ITEM_KINDS as readonly string[]).includes(k))).toEqual(['quotes']);
  });

  it('refuses options it cannot take with a TypeError that says why', () => {
    expect(() => extractText(TEXT, { published: '2024-02-30' })).toThrow(/no ISO 8601 date of a real day/);
    expect(() => extractText(TEXT, { types: ['people' as never] })).toThrow(/unknown item kind "people"/);
    expect(() => extractText(42 as never)).toThrow(TypeError);
  });
});

describe('extract', () => {
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-library-'));
    fs.writeFileSync(path.join(dir, 'a.html'), HTML);
    fs.writeFileSync(path.join(dir, 'b.txt'), TEXT);
    server = await startServer({
      '/story': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML),
      '/gone': (_req, res) => res.writeHead(410, { 'content-type': 'text/plain' }).end('gone'),
    });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const sameFacts = (r: ArticleRecord) => ({ officials: r.officials, counts: r.counts, quotes: r.quotes });

  it('reduces HTML to its article, with the title and date the page gives', async () => {
    const r = await extract({ html: HTML });
    expect(r).toMatchObject({ id: 'html', source: { kind: 'library' }, title: 'Drones over Tver', published: '2024-10-08T09:00:00Z' });
    expect(sameFacts(r)).toEqual(sameFacts(extractText(TEXT, { published: '2024-10-08T09:00:00Z' })));
  });

  it('reads a file by its path, text or HTML', async () => {
    const html = await extract(path.join(dir, 'a.html'));
    expect(html).toMatchObject({ id: path.join(dir, 'a.html'), source: { kind: 'file', path: path.join(dir, 'a.html') }, title: 'Drones over Tver' });
    const text = await extract({ file: path.join(dir, 'b.txt') }, { published: '2024-10-08' });
    expect(text.dates?.map((d) => d.value)).toContain('2024-10-07');
  });

  it('fetches a URL, given as a string or a URL object', async () => {
    const r = await extract(`${server.base}/story`);
    expect(r).toMatchObject({ source: { kind: 'url' }, title: 'Drones over Tver' });
    expect((await extract(new URL(`${server.base}/story`), { types: ['officials'] })).officials?.[0]?.name).toBe('Jane Roe');
  });

  it('throws an InputError with the code the command line would write', async () => {
    await expect(extract(path.join(dir, 'missing.txt'))).rejects.toMatchObject({ name: 'InputError', code: 'NOT_FOUND' });
    await expect(extract(path.join(dir, 'b.txt'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const failed = await extract(`${server.base}/gone`).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InputError);
    expect(isInputError(failed)).toBe(true);
  });
});
