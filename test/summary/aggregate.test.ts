import { summarize } from '../../src/summary/aggregate.js';
import type { OutputRecord } from '../../src/record/types.js';
import { count, date, official, quote, record, region } from './records.js';

const byName = (s: Awaited<ReturnType<typeof summarize>>, n: string) => s.officials.filter((o) => o.name === n || o.aliases.includes(n));

describe('officials across articles', () => {
  it('joins transliteration variants that agree on office or affiliation', async () => {
    const s = await summarize([
      record('a1', { officials: [official('Vasily Anohin', 'Governor', 'Smolensk Region', 2)], regions: [region('Smolensk Region')] }),
      record('a2', { officials: [official('Vasily Anokhin', 'governor', 'Smolensk region', 3, ['Anokhin'])], regions: [region('Smolensk region')] }),
      record('a3', { officials: [official('Volodymyr Zelensky', 'President', 'Ukraine')], regions: [region('Ukraine', 'country')] }),
      record('a4', { officials: [official('Volodymyr Zelenskyy', 'President', null), official('Oleh Kiper', 'Governor', 'Odesa Oblast')] }),
      record('a5', { officials: [official('Oleh Kipper', 'head', 'Odesa Oblast'), official('Oleh Syniehubov', 'Governor', 'Kharkiv Oblast')] }),
      record('a6', { officials: [official('Oleg Synehubov', 'governor', 'Kharkiv region'), official('Sergei Shoigu', 'Defence Minister', 'Russia')] }),
      record('a7', { officials: [official('Sergey Shoygu', 'Minister of Defence', null)] }),
    ]);
    expect(s.officials).toHaveLength(5);
    const anokhin = byName(s, 'Vasily Anokhin');
    expect(anokhin).toHaveLength(1);
    expect(anokhin[0]).toMatchObject({ name: 'Vasily Anokhin', aliases: ['Vasily Anohin'], articleCount: 2, articles: ['a1', 'a2'], regions: ['Smolensk Region'], mentions: 5 });
    expect(anokhin[0]!.titles).toEqual(['Governor']);
    expect(byName(s, 'Volodymyr Zelensky')[0]).toMatchObject({ articleCount: 2, aliases: ['Volodymyr Zelenskyy'] });
    expect(byName(s, 'Oleh Kiper')[0]).toMatchObject({ articleCount: 2, titles: ['Governor', 'head'] });
    expect(byName(s, 'Oleh Syniehubov')[0]).toMatchObject({ articleCount: 2 });
    expect(byName(s, 'Sergei Shoigu')[0]).toMatchObject({ articleCount: 2 });
    // the people seen in two articles come first
    expect(s.officials.every((o) => o.articleCount === 2)).toBe(true);
  });

  it('keeps apart two people who share a surname', async () => {
    const s = await summarize([
      record('b1', { officials: [official('John Smith', 'Mayor', 'Springfield')] }),
      record('b2', { officials: [official('Mary Smith', 'Mayor', 'Springfield')] }),
      record('b3', { officials: [official('Ivan Petrov', 'Governor', 'Tver Region')] }),
      record('b4', { officials: [official('Ivan Petrov', 'Governor', 'Kursk Region')] }),
      record('b5', { officials: [official('Anna Volkova', 'Senator', 'Ohio'), official('Anna Volkova', 'Mayor', 'Denver')] }),
    ]);
    expect(s.officials.map((o) => [o.name, o.articles.join(' ')])).toEqual([
      ['John Smith', 'b1'], ['Mary Smith', 'b2'], ['Ivan Petrov', 'b3'], ['Ivan Petrov', 'b4'], ['Anna Volkova', 'b5'], ['Anna Volkova', 'b5'],
    ]);
  });

  it('attaches a bare surname only when one person fits it', async () => {
    const one = await summarize([
      record('c1', { officials: [official('Vasily Anokhin', 'Governor', 'Smolensk Region')] }),
      record('c2', { officials: [official('Anohin', null, null)] }),
    ]);
    expect(one.officials).toHaveLength(1);
    expect(one.officials[0]).toMatchObject({ articleCount: 2, aliases: ['Anohin'] });
    const two = await summarize([
      record('d1', { officials: [official('John Smith', 'Mayor', 'Springfield')] }),
      record('d2', { officials: [official('Mary Smith', 'Senator', 'Ohio')] }),
      record('d3', { officials: [official('Smith', null, null)] }),
    ]);
    expect(two.officials).toHaveLength(3);
  });

  it('gives a change of post under one full name and body to one person, an initial to the full name', async () => {
    const s = await summarize([
      record('e1', { officials: [official('Vyacheslav Gladkov', 'Governor', 'Belgorod Region')] }),
      record('e2', { officials: [official('Viacheslav Gladkov', 'head', 'Belgorod region')] }),
      record('e3', { officials: [official('V. Gladkov', 'Governor', null)] }),
    ]);
    expect(s.officials).toHaveLength(1);
    expect(s.officials[0]!.articleCount).toBe(3);
  });
});

describe('regions', () => {
  it('ranks places by articles then mentions, folding spellings of one place', async () => {
    const s = await summarize([
      record('r1', { regions: [region('Smolensk Region', 'region', 3), region('Kursk Region', 'region', 1), region('Russia', 'country', 5)] }),
      record('r2', { regions: [region('Smolensk region', 'region', 2), region('Russia', 'country', 1)] }),
      record('r3', { regions: [region('Smolensk Oblast', 'region', 1)] }),
    ]);
    expect(s.regions.map((r) => [r.name, r.articleCount, r.mentions])).toEqual([
      ['Smolensk Region', 3, 6],
      ['Russia', 2, 6],
      ['Kursk Region', 1, 1],
    ]);
    expect(s.regions[0]!.aliases).toEqual(['Smolensk region', 'Smolensk Oblast']);
  });
});

describe('counts', () => {
  it('does not add a total to its parts, nor a count of places (roles as the record gives them)', async () => {
    const s = await summarize([
      record('k1', {
        regions: [region('Bryansk Region'), region('Belgorod Region'), region('Kursk Region')],
        counts: [
          count('eight Ukrainian drone aircraft', 8, 'drone aircraft', undefined, { role: 'total' }),
          count('three regions', 3, 'regions', undefined, { role: 'extent' }),
          count('five drones', 5, 'drones', 'Bryansk Region', { role: 'part' }),
          count('two', 2, 'drones', 'Belgorod Region', { role: 'part' }),
          count('one', 1, 'drones', 'Kursk Region', { role: 'part' }),
        ],
      }),
      record('k2', { regions: [region('Bryansk region')], counts: [count('four UAVs', 4, 'UAVs', 'Bryansk region'), count('4 drones', 4, 'drones', 'Bryansk region')] }),
      record('k3', {
        counts: [
          count('ten drones', 10, 'drones', undefined, { role: 'total' }),
          count('three drones', 3, 'drones', 'Kursk Region', { role: 'part' }),
          count('12 people', 12, 'people'),
          count('two persons', 2, 'persons'),
        ],
      }),
    ]);
    const drones = s.counts.filter((c) => c.item === 'drone');
    expect(drones.map((c) => [c.region, c.total, c.articleCount])).toEqual([
      ['Bryansk Region', 9, 2],
      ['Kursk Region', 4, 2],
      ['Belgorod Region', 2, 1],
      [null, 7, 1],
    ]);
    expect(drones.reduce((n, c) => n + c.total, 0)).toBe(8 + 4 + 10);
    expect(drones.find((c) => c.region === null)!.figures).toEqual([{ article: 'k3', value: 7, text: 'ten drones', role: 'remainder' }]);
    expect(s.counts.find((c) => c.item === 'people')).toMatchObject({ total: 14, region: null });
    expect(s.counts.some((c) => c.item === 'region')).toBe(false);
    expect(s.totals).toEqual([
      { article: 'k1', item: 'region', value: 3, text: 'three regions', covers: ['extent'] },
      { article: 'k1', item: 'drone', value: 8, text: 'eight Ukrainian drone aircraft', covers: ['Bryansk Region', 'Belgorod Region', 'Kursk Region'] },
      { article: 'k3', item: 'drone', value: 10, text: 'ten drones', covers: ['Kursk Region'] },
    ]);
  });

  it('reads the role from the record, not from the figures', async () => {
    // the extractor found no total here (its rule, not the summary's, decides), so both are summed
    const s = await summarize([record('p1', { counts: [count('nine drones', 9, 'drones'), count('nine drones', 9, 'drones', 'Oryol Region')] })]);
    expect(s.counts.map((c) => [c.region, c.total])).toEqual([['Oryol Region', 9], [null, 9]]);
    expect(s.totals).toEqual([]);
  });

  it('reads records older than item keys and roles: the item folded, every count single but a count of places', async () => {
    const old = (text: string, value: number, item: string, region?: string) => ({ text, value, item, ...(region ? { region } : {}), start: 0, end: text.length });
    const rec = record('o1', { counts: [old('three regions', 3, 'regions'), old('seven UAVs', 7, 'UAVs'), old('four drones', 4, 'drones', 'Odesa Oblast')] as never });
    const s = await summarize([rec]);
    expect(s.counts.map((c) => [c.item, c.region, c.total])).toEqual([['drone', 'Odesa Oblast', 4], ['drone', null, 7]]);
    expect(s.totals).toEqual([{ article: 'o1', item: 'region', value: 3, text: 'three regions', covers: ['extent'] }]);
    expect(s.claims.map((c) => [c.item, c.value, c.role, c.day, c.source])).toEqual([['drone', 4, 'single', null, null], ['drone', 7, 'single', null, null]]);
  });

  it('sums a count smaller than its parts as a figure of its own', async () => {
    const s = await summarize([record('m1', { counts: [count('two drones', 2, 'drones'), count('six drones', 6, 'drones', 'Oryol Region')] })]);
    expect(s.counts.map((c) => [c.region, c.total])).toEqual([['Oryol Region', 6], [null, 2]]);
    expect(s.totals).toEqual([]);
  });
});

describe('timeline and quotes', () => {
  it('orders dated entries first, unknown years after in article order, with their sentences', async () => {
    const text = 'Drones struck on October 8. Officials met on 2025-10-01 to plan. More followed at night.';
    const s = await summarize([
      record('t1', { text, dates: [date('October 8', 'XXXX-10-08', 17), date('2025-10-01', '2025-10-01', 45), date('three days', 'P3D', 0, 'duration')] }),
      record('t2', { dates: [date('Monday', '2025-09-29'), date('at night', 'XXXX-XX-XXTNI')] }),
    ]);
    expect(s.timeline.map((t) => [t.value, t.article, t.sentence, t.dated])).toEqual([
      ['2025-09-29', 't2', 'Monday', true],
      ['2025-10-01', 't1', 'Officials met on 2025-10-01 to plan.', true],
      ['XXXX-10-08', 't1', 'Drones struck on October 8.', false],
      ['XXXX-XX-XXTNI', 't2', 'at night', false],
    ]);
  });

  it('groups quotes under the canonical name of their speaker', async () => {
    const s = await summarize([
      record('q1', { officials: [official('Vasily Anohin', 'Governor', 'Smolensk Region')], quotes: [quote('Stay calm.', 'Vasily Anohin')] }),
      record('q2', {
        officials: [official('Vasily Anokhin', 'Governor', 'Smolensk Region')],
        quotes: [quote('No victims.', 'Vasily Anokhin'), quote('Debris fell.', 'Anokhin'), quote('We saw it.', 'Olga Ivanova'), quote('Unclear.', null)],
      }),
      record('q3', { officials: [official('Vasily Anokhin', 'Governor', 'Smolensk Region')] }),
    ] as OutputRecord[]);
    const name = s.officials[0]!.name;
    expect(s.officials[0]!.quotes).toBe(3);
    expect(s.quotes).toEqual([
      { speaker: name, quotes: [{ article: 'q1', text: 'Stay calm.' }, { article: 'q2', text: 'No victims.' }, { article: 'q2', text: 'Debris fell.' }] },
      { speaker: 'Olga Ivanova', quotes: [{ article: 'q2', text: 'We saw it.' }] },
      { speaker: null, quotes: [{ article: 'q2', text: 'Unclear.' }] },
    ]);
  });

  it('lists failed inputs and reads async iterables', async () => {
    async function* gen(): AsyncGenerator<OutputRecord> {
      yield record('ok');
      yield { id: 'bad', source: { kind: 'file', path: 'bad.txt' }, error: { code: 'EMPTY', message: 'bad.txt is empty' } };
    }
    const s = await summarize(gen());
    expect(s.articles).toEqual({ count: 2, failed: 1, ids: ['ok', 'bad'] });
    expect(s.errors).toEqual([{ article: 'bad', code: 'EMPTY', message: 'bad.txt is empty' }]);
  });
});

describe('aliases', () => {
  it('lists other spellings of the name only, not words that stood for the person', async () => {
    const s = await summarize([
      record('x1', { officials: [official('Vasily Anokhin', 'Governor', 'Smolensk Region', 3, ['Anokhin', 'governor', 'Anohin', 'the head'])] }),
    ]);
    expect(s.officials[0]!.aliases).toEqual(['Anohin']);
  });
});
