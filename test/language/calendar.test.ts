// "Extending newsfacts: a date word" (docs/extending.md): a month's spelling in src/language/calendar.ts
// drives the dates extractor's patterns, counts' month words and officials' non-names at once.
import { FIXED_HOLIDAYS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_RE, MONTHS, monthNumber, WEEKDAY_HOLIDAYS, WEEKDAY_NAMES, WEEKDAYS } from '../../src/language/calendar.js';
import { MONTHS as COUNT_MONTHS } from '../../src/language/counting.js';
import { NON_NAME_WORDS } from '../../src/language/non-names.js';
import { Document } from '../../src/document/document.js';
import { capitalised, recordOf } from './helpers.js';

describe('months and weekdays (src/language/calendar.ts)', () => {
  test('numbers come from the order of the list', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTHS['sept']).toBe(9);
    expect(monthNumber('Dec.')).toBe(12);
    expect(WEEKDAYS['sunday']).toBe(7);
    expect(new RegExp(MONTH_RE).test('Sept. 27')).toBe(true);
  });

  test.each(MONTH_ABBREVIATIONS)('dates: "%s." before a day and year reads as that month', (abbreviation) => {
    const { dates } = recordOf(`The talks will resume on ${capitalised(abbreviation)}. 12, 2023, officials said.`);
    expect(dates?.map((d) => d.value)).toEqual([`2023-${String(MONTHS[abbreviation]).padStart(2, '0')}-12`]);
  });

  test('counts and officials read the same months', () => {
    for (const a of MONTH_ABBREVIATIONS) {
      expect(COUNT_MONTHS.has(a) && COUNT_MONTHS.has(`${a}.`)).toBe(true);
      expect(NON_NAME_WORDS.has(a)).toBe(true);
    }
    for (const d of WEEKDAY_NAMES) expect(NON_NAME_WORDS.has(d)).toBe(true);
    // months that are also names ("Theresa May", "June Carter") may still start a person's name
    expect(NON_NAME_WORDS.has('may')).toBe(false);
    expect(NON_NAME_WORDS.has('june')).toBe(false);
  });

  test.each(MONTH_ABBREVIATIONS)('sentences: a full stop after "%s" ends no sentence', (abbreviation) => {
    const doc = new Document(`The vote was set for ${capitalised(abbreviation)}. 12 by the council. It was later moved.`);
    expect(doc.sentences).toHaveLength(2);
  });
});

describe('holidays (src/language/calendar.ts)', () => {
  const pad = (n: number) => String(n).padStart(2, '0');

  test.each(FIXED_HOLIDAYS.map((h) => [h.name, h] as const))('dates: "%s Day 2023" is its day of 2023', (_name, h) => {
    const { dates } = recordOf(`Crowds gathered on ${h.name} Day 2023, the police said.`);
    expect(dates?.map((d) => d.value)).toEqual([`2023-${pad(h.month)}-${pad(h.day)}`]);
  });

  test.each(FIXED_HOLIDAYS.filter((h) => h.eve).map((h) => [h.name, h] as const))('dates: "%s Eve" is the day before', (_name, h) => {
    const { dates } = recordOf(`Crowds gathered on ${h.name} Eve 2023, the police said.`);
    expect(dates?.map((d) => d.value)).toEqual([`2023-${pad(h.eve![0])}-${pad(h.eve![1])}`]);
  });

  test.each(WEEKDAY_HOLIDAYS.map((h) => [h.name, h] as const))('dates: "last %s" is its latest day, on its weekday', (_name, h) => {
    const { dates } = recordOf(`Sales rose last ${h.name}, the company said.`, '2026-01-02');
    const value = dates?.[0]?.value ?? '';
    expect(value).toMatch(/^2025-\d\d-\d\d$/);
    const day = new Date(`${value}T00:00:00Z`);
    expect(day.getUTCMonth() + 1).toBe(h.month);
    expect(((day.getUTCDay() + 6) % 7) + 1).toBe(((h.weekday - 1 + h.plus) % 7) + 1);
  });
});
