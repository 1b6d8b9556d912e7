import type { ArticleRecord, ErrorRecord } from '../../src/record/types.js';
import { TABLES } from '../../src/output/table-rows.js';

const rowsOf = (file: string, record: ArticleRecord | ErrorRecord) => TABLES.find((t) => t.file === file)!.rows(record);

const article: ArticleRecord = {
  id: 'a',
  source: { kind: 'url', url: 'https://news.example/a' },
  title: 'T',
  warnings: ['one', 'two'],
  officials: [
    { name: 'Jane Roe', title: null, affiliation: null, aliases: [], mentions: [], entity: 'person:roe.iane' },
    { name: 'John Doe', title: 'Mayor', affiliation: 'Tver', aliases: ['Doe'], mentions: [{ start: 3, end: 11, text: 'John Doe' }] },
  ],
  dates: [{ text: 'now', value: 'PRESENT_REF', type: 'date', start: 0, end: 3 }],
  counts: [{ text: 'five drones', value: 5, item: 'drones', item_key: 'drone', when: null, source: null, role: 'single', start: 4, end: 15 }],
  quotes: [
    { text: 'x', speaker: 'Doe', start: 20, end: 21 },
    { text: 'y', speaker: 'Someone Else', start: 22, end: 23 },
    { text: 'z', speaker: null, start: 24, end: 25 },
  ],
};

describe('table rows', () => {
  it('gives one article row a record, its items counted, its language when it has one', () => {
    expect(rowsOf('articles.csv', { ...article, language: 'en' } as ArticleRecord)).toEqual([
      expect.objectContaining({ article: 'a', source: 'url', path: 'https://news.example/a', title: 'T', language: 'en', warnings: 'one|two', officials: 2, regions: 0, dates: 1, counts: 1, quotes: 3, organizations: 0 }),
    ]);
    expect(rowsOf('articles.csv', article)[0]!.language).toBeUndefined();
  });

  it('keeps a failed input in articles.csv and errors.csv', () => {
    const failed: ErrorRecord = { id: 'b', source: { kind: 'file', path: 'b.txt' }, error: { code: 'EMPTY', message: 'b.txt is empty' } };
    expect(rowsOf('articles.csv', failed)[0]).toMatchObject({ article: 'b', error: 'EMPTY', officials: 0, quotes: 0 });
    expect(rowsOf('errors.csv', failed)).toEqual([{ article: 'b', code: 'EMPTY', message: 'b.txt is empty' }]);
    expect(rowsOf('quotes.csv', failed)).toEqual([]);
  });

  it("numbers officials and links a quote to its speaker's, by name or alias", () => {
    expect(rowsOf('officials.csv', article).map((r) => [r.official_id, r.entity, r.mentions, r.start])).toEqual([
      [1, 'person:roe.iane', 0, undefined],
      [2, undefined, 1, 3],
    ]);
    expect(rowsOf('quotes.csv', article).map((r) => r.official_id)).toEqual([2, undefined, undefined]);
  });

  it("gives a quote its speaker's id with --link: the official's, else the name's", () => {
    const linked = { ...article, quotes: [...article.quotes!, { text: 'w', speaker: 'Jane Roe', start: 26, end: 27 }] };
    const ids = (link?: (name: string) => string) => TABLES.find((t) => t.file === 'quotes.csv')!.rows(linked, link).map((r) => r.entity);
    expect(ids((name) => `id of ${name}`)).toEqual(['id of Doe', 'id of Someone Else', undefined, 'person:roe.iane']);
    expect(ids()).toEqual([undefined, undefined, undefined, 'person:roe.iane']);
  });

  it('leaves the span of a date that does not resolve empty', () => {
    expect(rowsOf('dates.csv', article)[0]).toMatchObject({ value: 'PRESENT_REF', begin: undefined, until: undefined, start: 0, end: 3 });
    expect(rowsOf('counts.csv', article)[0]).toMatchObject({ value: 5, when: undefined, when_begin: undefined });
  });
});
