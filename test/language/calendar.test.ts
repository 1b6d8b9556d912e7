// "Extending newsfacts: a date word" (docs/extending.md): a month's spelling in src/language/calendar.ts
// drives the dates extractor's patterns, counts' month words and officials' non-names at once.
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_RE, MONTHS, monthNumber, WEEKDAY_NAMES, WEEKDAYS } from '../../src/language/calendar.js';
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
