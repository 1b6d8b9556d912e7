import { parseString } from 'fast-csv';
import { summarize } from '../../src/summary/aggregate.js';
import { idShortener, renderCsv, renderJson, renderTable, SUMMARY_CSV_COLUMNS, wantsColor } from '../../src/summary/render.js';
import { count, date, official, quote, record, region } from './records.js';

const summary = () =>
  summarize([
    record('n1', {
      text: 'On 2025-05-01 the mayor spoke.',
      officials: [official('Jane Roe', 'Mayor', 'Springfield', 2)],
      regions: [region('Springfield', 'city', 2, 'United States')],
      dates: [date('2025-05-01', '2025-05-01', 3)],
      counts: [count('40 homes', 40, 'homes', 'Springfield')],
      quotes: [quote('We will rebuild, "brick by brick",\nstreet by street.', 'Jane Roe')],
    }),
  ]);

const ANSI = /\u001b\[[0-9;]*m/;

describe('renderTable', () => {
  it('aligns columns and colours only when asked', async () => {
    const s = await summary();
    const plain = renderTable(s, { color: false, width: 120 });
    expect(plain).not.toMatch(ANSI);
    const lines = plain.split('\n');
    const header = lines.findIndex((l) => l.startsWith('name') && l.includes('aliases'));
    expect(lines[header + 1]!.indexOf('Mayor')).toBe(lines[header]!.indexOf('title'));
    expect(plain).toContain('“We will rebuild, "brick by brick", street by street.”');
    expect(renderTable(s, { color: true, width: 120 })).toMatch(ANSI);
  });

  it('cuts every line to the width, marking cut cells', async () => {
    const s = await summary();
    const narrow = renderTable(s, { color: true, width: 40 });
    for (const line of narrow.split('\n')) expect(Array.from(line.replace(/\u001b\[[0-9;]*m/g, '')).length).toBeLessThanOrEqual(40);
    expect(narrow).toContain('…');
  });

  it('limits rows a section and says how many are left', async () => {
    const s = await summarize([record('l1', { regions: ['A', 'B', 'C', 'D'].map((n) => region(`${n}ville`, 'city')) })]);
    const t = renderTable(s, { color: false, width: 100, limit: 2 });
    expect(t).toContain('Aville');
    expect(t).not.toContain('Cville');
    expect(t).toContain('… 2 more');
  });
});

describe('wantsColor', () => {
  it('colours a terminal unless NO_COLOR is set', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});

describe('renderJson and renderCsv', () => {
  it('JSON is the summary itself', async () => {
    const s = await summary();
    expect(JSON.parse(renderJson(s))).toEqual(s);
  });

  it('CSV reads back intact, one row per summary line', async () => {
    const s = await summary();
    const csv = await renderCsv(s);
    const rows: Record<string, string>[] = [];
    await new Promise<void>((resolve, reject) =>
      parseString(csv, { headers: true })
        .on('data', (r) => rows.push(r))
        .on('error', reject)
        .on('end', () => resolve()),
    );
    expect(Object.keys(rows[0]!)).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(rows.map((r) => r.section)).toEqual(['official', 'region', 'count', 'date', 'quote']);
    expect(rows[0]).toMatchObject({ name: 'Jane Roe', title: 'Mayor', affiliation: 'Springfield', region: 'Springfield', article_count: '1', entities: 'person:roe.iane.springfeld' });
    expect(rows[2]).toMatchObject({ name: 'home', region: 'Springfield', value: '40' });
    expect(rows[3]).toMatchObject({ value: '2025-05-01', text: 'On 2025-05-01 the mayor spoke.' });
    expect(rows[4]!.text).toBe('We will rebuild, "brick by brick",\nstreet by street.');
  });
});

describe('idShortener', () => {
  it('leaves out the folder all ids share', () => {
    const short = idShortener(['news/2025/a.txt', 'news/2025/b.txt', 'news/old/c.txt']);
    expect(['news/2025/a.txt', 'news/old/c.txt'].map(short)).toEqual(['2025/a.txt', 'old/c.txt']);
    expect(idShortener(['a', 'b'])('a')).toBe('a');
    expect(idShortener(['x/only.txt'])('x/only.txt')).toBe('only.txt');
  });
});
