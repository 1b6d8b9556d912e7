import { summarize } from '../../src/summary/aggregate.js';
import { dayOf, dayWithin, isCalendarDay, spanOf } from '../../src/summary/claim-day.js';
import { sourceKey } from '../../src/summary/claims.js';
import { count, official, record, region } from './records.js';

const row = (c: { day: string | null; item: string; region: string | null; value: number; source: string | null; articleCount: number }) => [c.day, c.item, c.region, c.value, c.source, c.articleCount];

/** A drone count placed in a region, on a time, from a source. */
const drones = (text: string, value: number, place: string, when: string, source: string) => count(text, value, 'drones', place, { when, source });

/** One night over Belgorod: the ministry's eight drones in three articles, the governor's nine in two. */
const belgorodNight = () => [
  record('night-a', {
    officials: [official('Vyacheslav Gladkov', 'Governor', 'Belgorod Region')],
    regions: [region('Belgorod Region')],
    counts: [drones('eight drones', 8, 'Belgorod Region', '2025-10-08TNI', 'the Defence Ministry'), drones('nine UAVs', 9, 'Belgorod Region', '2025-10-08T03:00', 'Vyacheslav Gladkov')],
  }),
  record('night-b', { regions: [region('Belgorod region')], counts: [drones('8 drones', 8, 'Belgorod region', '2025-10-08TNI', 'Defence Ministry')] }),
  record('night-c', {
    officials: [official('Viacheslav Gladkov', 'governor', 'Belgorod region')],
    regions: [region('Belgorod Oblast')],
    counts: [
      drones('eight unmanned aerial vehicles', 8, 'Belgorod Oblast', '2025-10-08T00:00/2025-10-08T06:00', 'defence  ministry'),
      drones('nine drones', 9, 'Belgorod Oblast', '2025-10-08', 'Gladkov'),
    ],
  }),
];

describe('claims across articles', () => {
  it("counts the ministry's figure once, lists both sources, and names all three articles", async () => {
    const s = await summarize(belgorodNight());
    expect(s.claims.map(row)).toEqual([
      ['2025-10-08', 'drone', 'Belgorod Region', 8, 'the Defence Ministry', 3],
      ['2025-10-08', 'drone', 'Belgorod Region', 9, 'Vyacheslav Gladkov', 2],
    ]);
    expect(s.claims[0]!.reports).toEqual([
      { article: 'night-a', text: 'eight drones' },
      { article: 'night-b', text: '8 drones' },
      { article: 'night-c', text: 'eight unmanned aerial vehicles' },
    ]);
    expect(new Set(s.claims.flatMap((c) => c.reports.map((r) => r.article)))).toEqual(new Set(['night-a', 'night-b', 'night-c']));
    // the counts section still sums by item and region, with every article behind the figure
    expect(s.counts.map((c) => [c.item, c.region, c.articleCount])).toEqual([['drone', 'Belgorod Region', 3]]);
  });

  it('keeps one source’s different figures and one figure on different days apart', async () => {
    const s = await summarize([
      record('u1', { counts: [count('five drones', 5, 'drones', 'Kursk Region', { when: '2025-10-08', source: 'Alexander Khinshtein' })] }),
      record('u2', { counts: [count('seven drones', 7, 'drones', 'Kursk Region', { when: '2025-10-08', source: 'Alexander Khinshtein' })] }),
      record('u3', { counts: [count('five drones', 5, 'drones', 'Kursk Region', { when: '2025-10-09', source: 'Alexander Khinshtein' })] }),
      record('u4', { counts: [count('five drones', 5, 'drones', 'Kursk Region', { when: '2025-10-08' })] }),
    ]);
    expect(s.claims.map(row)).toEqual([
      ['2025-10-08', 'drone', 'Kursk Region', 7, 'Alexander Khinshtein', 1],
      ['2025-10-08', 'drone', 'Kursk Region', 5, 'Alexander Khinshtein', 1],
      ['2025-10-08', 'drone', 'Kursk Region', 5, null, 1],
      ['2025-10-09', 'drone', 'Kursk Region', 5, 'Alexander Khinshtein', 1],
    ]);
  });

  it('names an official source as the summary names the person, an organization as most reports write it', async () => {
    const s = await summarize([
      record('g1', { officials: [official('Vyacheslav Gladkov', 'Governor', 'Belgorod Region')], counts: [count('two', 2, 'people', undefined, { source: 'Gladkov' })] }),
      record('g2', { officials: [official('Viacheslav Gladkov', 'Governor', null)], counts: [count('2 people', 2, 'people', undefined, { source: 'Viacheslav Gladkov' })] }),
      record('g3', { counts: [count('3 people', 3, 'people', undefined, { source: 'Emergencies Ministry' }), count('three', 3, 'people', undefined, { source: 'Emergencies Ministry' })] }),
      record('g4', { counts: [count('three people', 3, 'people', undefined, { source: 'the emergencies ministry' })] }),
      record('g5', { counts: [count('three people', 3, 'people', undefined, { source: 'Ivan Petrov' })] }),
    ]);
    expect(s.claims.map((c) => [c.value, c.source, c.reports.map((r) => r.article)])).toEqual([
      [3, 'Emergencies Ministry', ['g3', 'g4']],
      [2, 'Vyacheslav Gladkov', ['g1', 'g2']],
      [3, 'Ivan Petrov', ['g5']],
    ]);
    expect(sourceKey('the  Emergencies Ministry.')).toBe(sourceKey('emergencies ministry'));
    expect(sourceKey('The Hague')).toBe('hague');
    expect(sourceKey('Ministère')).toBe('ministere');
  });
});

describe('roles within one article', () => {
  it('keeps a total as a total, leaves out an extent, and takes a restatement once', async () => {
    const when = '2025-10-08TNI';
    const source = 'Russian Defence Ministry';
    const s = await summarize([
      record('r1', {
        regions: [region('Bryansk Region'), region('Belgorod Region'), region('Kursk Region')],
        counts: [
          count('eight Ukrainian drone aircraft', 8, 'drone aircraft', undefined, { when, source, role: 'total' }),
          count('three regions', 3, 'regions', undefined, { when, source, role: 'extent' }),
          count('five drones', 5, 'drones', 'Bryansk Region', { when, source, role: 'part' }),
          count('two', 2, 'drones', 'Belgorod Region', { when, source, role: 'part' }),
          count('one', 1, 'drones', 'Kursk Region', { when, source, role: 'part' }),
          count('five UAVs', 5, 'UAVs', 'Bryansk region', { when, source, role: 'part' }),
        ],
      }),
    ]);
    expect(s.claims.map((c) => [c.region, c.value, c.role, c.articleCount, c.reports.length])).toEqual([
      ['Belgorod Region', 2, 'part', 1, 1],
      ['Bryansk Region', 5, 'part', 1, 1],
      ['Kursk Region', 1, 'part', 1, 1],
      [null, 8, 'total', 1, 1],
    ]);
    expect(s.claims.some((c) => c.item === 'region')).toBe(false);
  });

  it('calls a figure a total when any article reports it as one', async () => {
    const s = await summarize([
      record('t1', { counts: [count('eight drones', 8, 'drones', undefined, { when: '2025-10-08', role: 'single' })] }),
      record('t2', { counts: [count('eight drones', 8, 'drones', undefined, { when: '2025-10-08', role: 'total' }), count('eight', 8, 'drones', 'Oryol Region', { when: '2025-10-08', role: 'part' })] }),
    ]);
    expect(s.claims.map((c) => [c.region, c.role, c.articleCount])).toEqual([['Oryol Region', 'part', 1], [null, 'total', 2]]);
  });
});

describe('the day of a claim', () => {
  it('folds a time, a part of day or an interval to the day it starts in', () => {
    expect(dayOf('2025-10-08T14:00')).toBe('2025-10-08');
    expect(dayOf('2025-10-08TNI')).toBe('2025-10-08');
    expect(dayOf('2025-10-08T14:00/2025-10-08T17:00')).toBe('2025-10-08');
    expect(dayOf('2025-10-07T22:00/2025-10-08T06:00')).toBe('2025-10-07');
    expect(dayOf('2025-10-08')).toBe('2025-10-08');
    expect(dayOf('XXXX-10-08TMO')).toBe('XXXX-10-08');
  });

  it('keeps a month, a year, a week or a season in its own unit, and gives no day otherwise', () => {
    expect(['2025-10', '2025', '2025-W41', '2025-SU', 'XXXX-10'].map(dayOf)).toEqual(['2025-10', '2025', '2025-W41', '2025-SU', 'XXXX-10']);
    expect([null, undefined, '', 'P3D', 'PRESENT_REF', 'XXXX-XX-XXTNI', 'XXXX'].map(dayOf)).toEqual([null, null, null, null, null, null, null]);
  });

  it('spans a month or a year, and keeps to a range only what the range wholly holds', () => {
    expect(spanOf('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(spanOf('2025')).toEqual({ first: '2025-01-01', last: '2025-12-31' });
    expect(spanOf('2025-W41')).toBeUndefined();
    expect(dayWithin('2025-10-08', '2025-10-08', '2025-10-08')).toBe(true);
    expect(dayWithin('2025-10', '2025-10-01', '2025-10-31')).toBe(true);
    expect(dayWithin('2025-10', '2025-10-08', undefined)).toBe(false);
    expect(dayWithin(null, undefined, undefined)).toBe(true);
    expect(dayWithin(null, '2025-01-01', undefined)).toBe(false);
    expect(dayWithin('XXXX-10-08', undefined, '2025-12-31')).toBe(false);
  });

  it('tells a real day from a malformed or impossible one', () => {
    expect(['2025-10-08', '2024-02-29'].map(isCalendarDay)).toEqual([true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-10-8', '20251008', 'yesterday'].map(isCalendarDay)).toEqual([false, false, false, false, false]);
  });
});

describe('filters', () => {
  const records = () => [
    ...belgorodNight(),
    record('later', {
      regions: [region('Kursk Region')],
      counts: [
        count('three drones', 3, 'drones', 'Kursk Region', { when: '2025-10-10' }),
        count('two people', 2, 'people', 'Belgorod Region', { when: '2025-10-10' }),
        count('a drone', 1, 'drones', 'Belgorod Region'),
      ],
    }),
  ];

  it('keeps the days from --since to --until, both included, and nothing of an unknown day', async () => {
    const s = await summarize(records(), { since: '2025-10-09', until: '2025-10-10' });
    expect(s.claims.map((c) => [c.day, c.item, c.region])).toEqual([
      ['2025-10-10', 'drone', 'Kursk Region'],
      ['2025-10-10', 'people', 'Belgorod Region'],
    ]);
    expect((await summarize(records(), { until: '2025-10-08' })).claims.map((c) => c.value)).toEqual([8, 9]);
    // the counts section adds every article's figure (8 + 9, 8, 8 + 9): the claims are what tell them apart
    expect((await summarize(records(), { since: '2025-10-08', until: '2025-10-08' })).counts.map((c) => [c.item, c.region, c.total])).toEqual([['drone', 'Belgorod Region', 42]]);
  });

  it('matches a region by the summary name or an alias in any case, or by its place key', async () => {
    for (const name of ['belgorod region', 'Belgorod Oblast', 'Belgorod']) {
      const s = await summarize(records(), { regions: [name] });
      expect(new Set(s.claims.map((c) => c.region))).toEqual(new Set(['Belgorod Region']));
      expect(s.claims).toHaveLength(4);
      expect(s.counts.map((c) => c.region)).toEqual(['Belgorod Region', 'Belgorod Region']);
    }
    expect((await summarize(records(), { regions: ['Tver Region'] })).claims).toEqual([]);
  });

  it('matches an item key written in the singular, the plural or a synonym, and combines filters', async () => {
    for (const item of ['drone', 'drones', 'UAVs']) expect((await summarize(records(), { items: [item] })).claims.every((c) => c.item === 'drone')).toBe(true);
    const s = await summarize(records(), { items: ['people'], regions: ['Belgorod'], since: '2025-10-01' });
    expect(s.claims.map(row)).toEqual([['2025-10-10', 'people', 'Belgorod Region', 2, null, 1]]);
    expect(s.counts.map((c) => [c.item, c.total])).toEqual([['people', 2]]);
  });

  it('keeps a total when its region or a region it covers is asked for', async () => {
    const s = await summarize(
      [record('c1', { counts: [count('ten drones', 10, 'drones', undefined, { role: 'total' }), count('four', 4, 'drones', 'Oryol Region', { role: 'part' })] })],
      { regions: ['Oryol Region'] },
    );
    expect(s.totals.map((t) => [t.value, t.covers])).toEqual([[10, ['Oryol Region']]]);
    expect(s.counts.map((c) => [c.region, c.total])).toEqual([['Oryol Region', 4]]);
    expect(s.claims.map((c) => [c.region, c.value])).toEqual([['Oryol Region', 4]]);
  });
});
