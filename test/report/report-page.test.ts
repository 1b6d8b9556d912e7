import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extract } from '../../src/library.js';
import { runReport } from '../../src/report/command.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { ROOT } from '../helpers/cli.js';
import { textSink as sink } from '../helpers/text-sink.js';
import { markRanges, rendered } from './marks.js';

// The seeds (fixtures/*.txt) and the HTML fixtures (fixtures/html/): the repository's own articles.
const SEEDS = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'fixtures', f));
const HTML = fs.readdirSync(path.join(ROOT, 'fixtures/html')).map((f) => path.join(ROOT, 'fixtures/html', f));

async function report(inputs: string[]): Promise<{ code: number; html: string }> {
  const out = sink();
  const code = await runReport(inputs, { quiet: true, concurrency: 1 }, { stdout: out, stderr: sink() });
  return { code, html: out.text };
}

interface PageData {
  kinds: string[];
  notes: string[];
  articles: Array<{ id: string; text?: string; marks?: number[] }>;
}

const pageOf = (html: string) => parseHTML(html).document;
const dataOf = (doc: ReturnType<typeof pageOf>): PageData => JSON.parse(doc.getElementById('report-data')!.textContent!);
const articlesOf = (doc: ReturnType<typeof pageOf>) => dataOf(doc).articles;
/** An article's text with its marks, as the page's script draws it when the article is opened. */
const drawn = (data: PageData, i: number) => rendered(data.articles[i]!.text!, data.articles[i]!.marks!, data.notes, data.kinds);

/** The facts a record marks, in the order of their `data-f`, with the surface each must slice to. */
function expectedFacts(r: ArticleRecord): Array<{ kind: string; start: number; end: number; text: string }> {
  const mentions = (kind: string, items: Array<{ mentions: Array<{ start: number; end: number; text: string }> }> | undefined) =>
    (items ?? []).flatMap((i) => i.mentions.map((m) => ({ kind, start: m.start, end: m.end, text: m.text })));
  const spans = (kind: string, items: Array<{ start: number; end: number; text: string }> | undefined) => (items ?? []).map((i) => ({ kind, start: i.start, end: i.end, text: i.text }));
  return [
    ...mentions('officials', r.officials),
    ...mentions('regions', r.regions),
    ...spans('dates', r.dates),
    ...spans('counts', r.counts),
    ...spans('quotes', r.quotes),
    ...mentions('organizations', r.organizations),
  ];
}

describe('the report of the seeds and the HTML fixtures', () => {
  let records: ArticleRecord[];
  let doc: ReturnType<typeof pageOf>;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-report-'));
    records = [];
    for (const file of [...SEEDS, ...HTML]) records.push(await extract({ file }, { id: path.basename(file), includeText: true, published: '2024-03-12' }));
    const recordsFile = path.join(tmp, 'records.ndjson');
    fs.writeFileSync(recordsFile, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const { code, html } = await report([recordsFile]);
    expect(code).toBe(0);
    doc = pageOf(html);
  });

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('marks every fact at its code point offsets, each slicing the text to the fact', () => {
    const data = dataOf(doc);
    expect(data.articles.map((a) => a.id)).toEqual(records.map((r) => r.id));
    let checked = 0;
    for (const [i, record] of records.entries()) {
      const box = drawn(data, i);
      expect(box.textContent).toBe(record.text);
      const marks = markRanges(box);
      const facts = expectedFacts(record);
      expect(marks.size).toBe(facts.length);
      for (const [f, fact] of facts.entries()) {
        expect(marks.get(f)).toEqual({ kind: fact.kind, start: fact.start, end: fact.end });
        expect(Array.from(record.text!).slice(fact.start, fact.end).join('')).toBe(fact.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
    // a place or a person inside a quote is a mark inside the quote's mark
    const nested = records.some((_, i) => drawn(data, i).querySelector('mark.k-quotes mark') !== null);
    expect(nested).toBe(true);
  });

  it('draws one map point per located place', () => {
    const located = new Set(records.flatMap((r) => (r.regions ?? []).filter((g) => typeof g.lat === 'number').map((g) => g.geonames_id)));
    expect(located.size).toBeGreaterThan(0);
    expect(doc.querySelectorAll('#map-chart g[aria-label="dot"] circle').length).toBe(located.size);
    expect(doc.querySelectorAll('#map-chart g[aria-label="geo"] path').length).toBeGreaterThan(0);
    const titles = [...doc.querySelectorAll('#map-chart g[aria-label="dot"] circle title')].map((t) => t.textContent);
    expect(titles.some((t) => t!.startsWith('Smolensk'))).toBe(true);
  });

  it('draws one bar per day of the claims', () => {
    const bars = [...doc.querySelectorAll('#timeline-claims g[aria-label="rect"] rect')];
    expect(bars.length).toBeGreaterThan(0);
    const days = new Set(bars.map((b) => b.querySelector('title')!.textContent!.slice(0, 10)));
    const xs = new Set(bars.map((b) => b.getAttribute('x')));
    expect(xs.size).toBe(days.size);
    for (const day of days) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = [...doc.querySelectorAll('#timeline-events g[aria-label="rect"] rect')];
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((b) => b.getAttribute('x'))).size).toBe(events.length);
  });

  it('lists the officials with their titles, article counts and quotes', () => {
    const rows = [...doc.querySelectorAll('table.people tbody tr')];
    const anokhin = rows.find((r) => r.querySelector('td.name')!.textContent!.startsWith('Vasily Anokhin'))!;
    expect(anokhin.textContent).toContain('Governor');
    expect(anokhin.querySelectorAll('td')[3]!.textContent).toBe('2');
    const list = Number(anokhin.querySelector('details[data-q]')!.getAttribute('data-q'));
    const quotes = (dataOf(doc) as PageData & { quotes: Array<Array<[number, number, number]>> }).quotes[list]!;
    expect(quotes.length).toBe(Number(anokhin.querySelector('summary')!.textContent!.split(' ')[0]));
    // each quote is a span of its article's text, drawn from there when the list is opened
    for (const [article, start, end] of quotes) expect(records[article]!.quotes!.map((q) => q.text)).toContain(records[article]!.text!.slice(start, end));
  });

  it('is self-contained: no script, style or image from elsewhere, one inline script', () => {
    expect(doc.querySelectorAll('script[src], link, img, iframe').length).toBe(0);
    expect(doc.querySelectorAll('script:not([type])').length).toBe(1);
    expect(doc.querySelectorAll('style').length).toBeGreaterThan(0);
  });

  it('reads the articles themselves, and a folder, as extract does', async () => {
    const { code, html } = await report([path.join(ROOT, 'fixtures')]);
    expect(code).toBe(0);
    const articles = articlesOf(pageOf(html));
    expect(articles.map((a) => path.basename(a.id)).sort()).toEqual(records.map((r) => r.id).sort());
  });
});

describe('hostile article text', () => {
  it('stays text: no element, script end or entity of the article reaches the page', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-report-'));
    try {
      const text = 'Governor Ann Lee said "</script><script>window.pwned=1</script>" in Kursk & <b>bold</b> &amp; \'x\' <!-- y';
      const file = path.join(tmp, 'articles.ndjson');
      fs.writeFileSync(file, JSON.stringify({ id: '</script><img src=x>', title: '<i>t</i>', text }) + '\n' + '{not json\n');
      const { code, html } = await report([file]);
      expect(code).toBe(1); // the second line is an error record, listed, and the batch goes on
      const doc = pageOf(html);
      expect(doc.querySelectorAll('script').length).toBe(2);
      expect(doc.querySelectorAll('img').length).toBe(0);
      expect([...doc.querySelectorAll('b, i')].map((e) => e.textContent)).not.toContain('bold');
      expect(doc.querySelector('#article-list tbody tr .id')!.textContent).toBe('</script><img src=x>');
      const data = dataOf(doc);
      expect(data.articles.map((a) => a.id)).toEqual(['</script><img src=x>', `${file}:2`]);
      expect(data.articles[0]!.text).toBe(text);
      const box = drawn(data, 0);
      expect(box.textContent).toBe(text);
      expect(box.querySelectorAll('script, b').length).toBe(0);
      expect(doc.querySelector('#article-list tbody tr .error')!.textContent).toBe('BAD_JSON');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('where the page goes', () => {
  it('asks for -o rather than write HTML to a terminal, and takes -o - for standard output', async () => {
    const terminal = Object.assign(sink(), { isTTY: true });
    const err = sink();
    expect(await runReport([SEEDS[0]!], { quiet: true }, { stdout: terminal, stderr: err })).toBe(2);
    expect(err.text).toContain('-o report.html');
    expect(terminal.text).toBe('');
    expect(await runReport([SEEDS[0]!], { quiet: true, concurrency: 1, output: '-' }, { stdout: terminal, stderr: sink() })).toBe(0);
    expect(terminal.text.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});
