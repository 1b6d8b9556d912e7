import { parseString } from 'fast-csv';
import { summarize } from '../../src/summary/aggregate.js';
import { idShortener, renderCsv, renderJson, renderNdjson, renderTable, SUMMARY_CSV_COLUMNS, wantsColor } from '../../src/summary/render.js';
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
    expect(rows.map((r) => r.section)).toEqual(['official', 'region', 'count', 'claim', 'date', 'quote']);
    expect(rows[0]).toMatchObject({ name: 'Jane Roe', title: 'Mayor', affiliation: 'Springfield', region: 'Springfield', article_count: '1', entities: 'person:roe.iane' });
    expect(rows[2]).toMatchObject({ name: 'home', region: 'Springfield', value: '40' });
    expect(rows[3]).toMatchObject({ name: 'home', region: 'Springfield', value: '40', day: '', source: '', role: 'single', articles: 'n1', text: 'n1: "40 homes"' });
    expect(rows[4]).toMatchObject({ value: '2025-05-01', text: 'On 2025-05-01 the mayor spoke.' });
    expect(rows[5]!.text).toBe('We will rebuild, "brick by brick",\nstreet by street.');
  });
});

const claimsSummary = () =>
  summarize([
    record('news/a', { counts: [count('eight drones', 8, 'drones', 'Belgorod Region', { when: '2025-10-08TNI', source: 'Defence Ministry' }), count('nine, with a comma', 9, 'drones', 'Belgorod Region', { when: '2025-10-08', source: 'Vyacheslav Gladkov' })] }),
    record('news/b', { counts: [count('8 UAVs', 8, 'UAVs', 'Belgorod Region', { when: '2025-10-08T02:00', source: 'defence ministry' }), count('ten drones', 10, 'drones', undefined, { role: 'total' }), count('ten', 10, 'drones', 'Kursk Region', { role: 'part' })] }),
  ]);

describe('claims', () => {
  it('show as a table section: day, item, region, value, role, source, articles and reports', async () => {
    const t = renderTable(await claimsSummary(), { color: false, width: 160 });
    const lines = t.split('\n');
    const at = lines.indexOf('Claims (4)');
    expect(lines[at + 1]).toMatch(/^day\s+item\s+region\s+value\s+role\s+source\s+articles\s+reports$/);
    expect(lines[at + 2]).toMatch(/^2025-10-08\s+drone\s+Belgorod Region\s+8\s+Defence Ministry\s+2\s+a: "eight drones"; b: "8 UAVs"$/);
    expect(lines[at + 3]).toMatch(/^2025-10-08\s+drone\s+Belgorod Region\s+9\s+Vyacheslav Gladkov\s+1\s+a: "nine, with a comma"$/);
    expect(lines[at + 4]).toMatch(/^—\s+drone\s+Kursk Region\s+10\s+part\s+—\s+1/);
    expect(lines[at + 5]).toMatch(/^—\s+drone\s+—\s+10\s+total\s+—\s+1/);
    expect(renderTable(await claimsSummary(), { color: false, width: 160, limit: 1 })).toContain('… 3 more');
  });

  it('write as NDJSON, one claim a line, each the JSON summary’s own', async () => {
    const s = await claimsSummary();
    const lines = renderNdjson(s).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(s.claims);
    expect(JSON.parse(lines[0]!)).toEqual({
      day: '2025-10-08', item: 'drone', region: 'Belgorod Region', value: 8, role: 'single', source: 'Defence Ministry', articleCount: 2,
      reports: [{ article: 'news/a', text: 'eight drones' }, { article: 'news/b', text: '8 UAVs' }],
    });
    expect(renderNdjson(await summarize([record('none')]))).toBe('');
  });

  it('write as CSV rows of section claim, quoted where a text needs it', async () => {
    const rows: Record<string, string>[] = [];
    const csv = await renderCsv(await claimsSummary());
    await new Promise<void>((resolve, reject) =>
      parseString(csv, { headers: true })
        .on('data', (r) => rows.push(r))
        .on('error', reject)
        .on('end', () => resolve()),
    );
    const claims = rows.filter((r) => r.section === 'claim');
    expect(claims.map((r) => [r.day, r.name, r.region, r.value, r.role, r.source, r.article_count, r.articles])).toEqual([
      ['2025-10-08', 'drone', 'Belgorod Region', '8', 'single', 'Defence Ministry', '2', 'news/a; news/b'],
      ['2025-10-08', 'drone', 'Belgorod Region', '9', 'single', 'Vyacheslav Gladkov', '1', 'news/a'],
      ['', 'drone', 'Kursk Region', '10', 'part', '', '1', 'news/b'],
      ['', 'drone', '', '10', 'total', '', '1', 'news/b'],
    ]);
    expect(claims[1]!.text).toBe('news/a: "nine, with a comma"');
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
