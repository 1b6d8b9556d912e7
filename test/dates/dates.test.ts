import { Document } from '../../src/document/document.js';
import { datesExtractor } from '../../src/extractors/dates/index.js';
import type { DateItem } from '../../src/record/types.js';

const ctx = () => ({ results: {} });
function dates(text: string, published?: string): DateItem[] {
  return datesExtractor.extract(new Document(text, { published }), ctx());
}
/** The value found for an exact span of text, or undefined. */
function valueOf(text: string, span: string, published?: string): string | undefined {
  return dates(text, published).find((d) => d.text === span)?.value;
}

describe('dates extractor: absolute dates', () => {
  test('month and day without a reference keep the year unknown', () => {
    expect(valueOf('The blast happened on October 8, when crews were away.', 'October 8')).toBe('XXXX-10-08');
  });
  test('month and day take the publication year', () => {
    expect(valueOf('The blast happened on October 8, when crews were away.', 'October 8', '2025-10-20')).toBe('2025-10-08');
  });
  test('common news forms', () => {
    const text = 'It began on 8 October 2025, resumed Oct. 9 and ended 10/12/2025; the filing is dated 2025-10-14.';
    const found = dates(text).map((d) => [d.text, d.value]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['8 October 2025', '2025-10-08'],
        ['Oct. 9', 'XXXX-10-09'],
        ['10/12/2025', '2025-10-12'],
        ['2025-10-14', '2025-10-14'],
      ]),
    );
  });
  test('weekday with a date reads as one date', () => {
    expect(valueOf('The vote is set for Friday, Oct. 23, officials said.', 'Friday, Oct. 23', '2015-10-19')).toBe('2015-10-23');
  });
  test('a list of days gives one item each', () => {
    const found = dates('Leaders meet on April 24 and 25 in the capital.', '1999-04-01');
    expect(found.map((d) => d.value)).toEqual(['1999-04-24', '1999-04-25']);
  });
  test('year ranges give one item per year', () => {
    expect(dates('The 2009-2010 season was cancelled.').map((d) => d.value)).toEqual(['2009', '2010']);
  });
  test('years, months with years, decades', () => {
    expect(valueOf('Sales peaked in July 1997 and fell in 1998.', 'July 1997')).toBe('1997-07');
    expect(valueOf('Sales peaked in July 1997 and fell in 1998.', '1998')).toBe('1998');
    expect(valueOf('Prices soared during the 1980s.', 'the 1980s')).toBe('198');
  });
  test('money, percentages and counts are not years', () => {
    expect(dates('He paid $1990 for 2000 shares, up 1999% on the day.', '2020-01-01').filter((d) => d.type !== 'duration')).toEqual([]);
  });
  test('"May" alone is a month only after a preposition', () => {
    expect(dates('Officials may decide soon, Theresa May said.').some((d) => /May/.test(d.text))).toBe(false);
    expect(valueOf('The law took effect in May.', 'May', '2020-06-10')).toBe('2020-05');
  });
});

describe('dates extractor: relative dates', () => {
  const ref = '2023-05-04'; // a Thursday
  test('yesterday, today, tomorrow against the reference', () => {
    const found = dates('Yesterday it rained, today it is dry and tomorrow it snows.', ref).map((d) => d.value);
    expect(found).toEqual(['2023-05-03', '2023-05-04', '2023-05-05']);
  });
  test('relative days stay unknown without a reference', () => {
    expect(valueOf('Yesterday it rained.', 'Yesterday')).toBe('XXXX-XX-XX');
  });
  test('weekdays resolve to the nearest past day unless the clause is future', () => {
    expect(valueOf('The governor said on Monday that roads were closed.', 'Monday', ref)).toBe('2023-05-01');
    expect(valueOf('The committee will vote on Monday.', 'Monday', ref)).toBe('2023-05-08');
    expect(valueOf('The governor spoke on Thursday.', 'Thursday', ref)).toBe('2023-05-04');
    expect(valueOf('The governor spoke on Monday.', 'Monday')).toBe('XXXX-WXX-1');
  });
  test('units ago and last/this/next', () => {
    expect(valueOf('He left two days ago.', 'two days ago', ref)).toBe('2023-05-02');
    expect(valueOf('Prices rose last week.', 'last week', ref)).toBe('2023-W17');
    expect(valueOf('Prices rose last month.', 'last month', ref)).toBe('2023-04');
    expect(valueOf('Prices rose last year.', 'last year', ref)).toBe('2022');
    expect(valueOf('Prices will rise next year.', 'next year', ref)).toBe('2024');
  });
  test('the day before counts from the date just mentioned', () => {
    expect(valueOf('The attack came on March 3. Warnings were issued the day before.', 'the day before', '2023-03-10')).toBe('2023-03-02');
  });
  test('quarters, halves and seasons', () => {
    expect(valueOf('Profit rose in the third quarter.', 'the third quarter', '1989-10-26')).toBe('1989-Q3');
    expect(valueOf('Profit rose in the third quarter of 1990.', 'the third quarter of 1990')).toBe('1990-Q3');
    expect(valueOf('Output fell in the first half of 2024.', 'the first half of 2024')).toBe('2024-H1');
    expect(valueOf('Work resumed last fall.', 'last fall', '1999-04-10')).toBe('1998-FA');
    expect(valueOf('Talks stalled in the summer of 1994.', 'the summer of 1994')).toBe('1994-SU');
  });
  test('a fraction or a district is no quarter', () => {
    expect(dates('A quarter of the vote came from the French Quarter.', '2020-01-01')).toEqual([]);
  });
  test('Thanksgiving is the fourth Thursday of November', () => {
    expect(valueOf('He was found on Thanksgiving Day at sea.', 'Thanksgiving Day', '1999-12-01')).toBe('1999-11-25');
  });
});

describe('dates extractor: times and parts of day', () => {
  test('a clock range after a date sits on that date', () => {
    const text = 'The incident happened on October 8, when drones were downed.\nThe engagement occurred between 2:00 and 5:00 pm, the ministry said.';
    expect(valueOf(text, 'between 2:00 and 5:00 pm')).toBe('XXXX-10-08T14:00/XXXX-10-08T17:00');
  });
  test('clock times with zones', () => {
    expect(valueOf('Sirens sounded at 5:56 am Moscow time.', '5:56 am Moscow time', '2024-08-01')).toBe('2024-08-01T05:56');
    expect(valueOf('The polls close at 4 p.m. on the day.', '4 p.m.', '2024-08-01')).toBe('2024-08-01T16:00');
    expect(valueOf('Trading halted at 14:30 GMT.', '14:30 GMT')).toBe('XXXX-XX-XXT14:30');
  });
  test('time and date written together', () => {
    expect(valueOf('Bids are due by 5 p.m. EST, Nov. 6.', '5 p.m. EST, Nov. 6', '1989-10-30')).toBe('1989-11-06T17:00');
  });
  test('parts of day', () => {
    expect(valueOf('Over the night, nine drones were shot down.', 'the night')).toBe('XXXX-XX-XXTNI');
    // told in the past, the night that ended on the day of the report; ahead, the coming one
    expect(valueOf('Shelling continued overnight.', 'overnight', '2024-02-02')).toBe('2024-02-01TNI');
    expect(valueOf('Air defences downed 12 drones during the night.', 'the night', '2024-02-02')).toBe('2024-02-01TNI');
    expect(valueOf('Heavy rain will fall overnight.', 'overnight', '2024-02-02')).toBe('2024-02-02TNI');
    expect(valueOf('He spoke last night.', 'last night', '2024-02-02')).toBe('2024-02-01TNI');
    expect(valueOf('She arrived early this morning.', 'early this morning', '2024-02-02')).toBe('2024-02-02TMO');
    expect(valueOf('The talks ended Wednesday night.', 'Wednesday night', '2024-02-02')).toBe('2024-01-31TNI');
  });
  test('adjectival uses are not times', () => {
    expect(dates('He wrote in a late-night post about overnight rates.', '2024-02-02')).toEqual([]);
  });
});

describe('dates extractor: references, durations, spans', () => {
  test('now and currently are PRESENT_REF, "for now" and "now that" too; "from now on" is not', () => {
    const found = dates('Prices are now high and currently rising. For now, nothing changes, now that rates are fixed. From now on, they stay.');
    expect(found.map((d) => [d.text, d.value])).toEqual([['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['now', 'PRESENT_REF'], ['now', 'PRESENT_REF']]);
  });
  test('adjectives recent and current name no time', () => {
    expect(dates('The recent activation of the current system was recently reported.').map((d) => d.text)).toEqual(['recently']);
  });
  test('durations', () => {
    const d = dates('The siege lasted three days and the curfew 24 hours.');
    expect(d.map((x) => [x.text, x.value, x.type])).toEqual([
      ['three days', 'P3D', 'duration'],
      ['24 hours', 'PT24H', 'duration'],
    ]);
  });
  test('spans exclude leading prepositions and trailing punctuation, and match the text', () => {
    const text = 'It was announced on Tuesday, after talks in 2019.';
    for (const d of dates(text, '2020-03-05')) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.text).not.toMatch(/^(on|in|at)\s|[.,]$/);
    }
  });
  test('long adversarial inputs give no date where there is none', () => {
    for (const s of ['Word '.repeat(40_000), '1'.repeat(100_000), '"'.repeat(50_000)]) expect(dates(s, '2020-01-01')).toEqual([]);
    expect(dates('12:00 '.repeat(20_000), '2020-01-01').every((d) => d.type === 'time')).toBe(true);
    dates('May May May '.repeat(10_000), '2020-01-01').forEach((d) => expect(d.text).toMatch(/May/));
  });
});

describe('dates extractor: a range of days in one month', () => {
  test('"Aug. 5-6, 2023" and "May 3 through 5" are one interval each; "24 and 25" stay two days', () => {
    const text = 'Photo taken Aug. 5-6, 2023. The fair runs May 3 through 5. Leaders meet on April 24 and 25.';
    expect(dates(text, '2023-08-06').map((d) => [d.text, d.value])).toEqual([
      ['Aug. 5-6, 2023', '2023-08-05/2023-08-06'], ['May 3 through 5', '2023-05-03/2023-05-05'], ['April 24', '2023-04-24'], ['25', '2023-04-25'],
    ]);
  });
  test('"the night of October 3 to 4" stays two days, which the night lies between', () => {
    expect(dates('On the night of October 3 to 4, two drones fell.', '2024-10-10').map((d) => d.text)).toEqual(['October 3', '4']);
  });
});
