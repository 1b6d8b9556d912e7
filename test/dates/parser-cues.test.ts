import fc from 'fast-check';
import { Document } from '../../src/document/document.js';
import { runParsers } from '../../src/extractors/framework.js';
import { DATE_PARSERS, parsersFor, runDateParsers } from '../../src/extractors/dates/index.js';

// A parser with cues skips a text that holds none of them (parsersFor): the cues must be in every
// match. Held here against the plain run of every parser, on texts made of the phrases the cued
// parsers find, their near misses, and what lower-casing changes ('İ', the Kelvin sign).
const PHRASES = [
  'the third quarter', 'the year-ago period', 'a quarter', 'quarterly', 'the first half of 1990', 'the last two quarters of the year',
  'in the summer', 'summer 2025', 'the fall of 1994', 'late spring', 'Spring Valley', 'in winter', 'the autumn of nineteen ninety-six',
  'Easter', 'Good Friday', 'last Easter Monday', 'Palm Sunday', 'Maundy Thursday', 'Thanksgiving Day', 'Election Day', 'Labor Day',
  'Christmas Eve', "New Year's Day 2024", 'the 20th century', 'nineteen ninety-six', 'the year two thousand', 'twenty twenty',
  'the 1980s', "the '80s", "the 1990's", 'the nineties', 'in his forties', 'noon', 'midnight', 'midday', 'High Noon',
  '4 in the morning', 'ten at night', 'overnight', 'mid-morning', 'mid day', 'midday', 'the early morning', 'this night',
  'the past night', 'late evening', 'last night', 'this afternoon', 'every week', 'each Monday', 'twice a month', 'three times a year',
  'once per day', 'daily', 'Weekly', 'annually', 'hourly', 'recently', 'more recently', 'in the past', 'in past years', 'recent months',
  'two days ago', 'a year earlier', 'five months later', 'a week from now', 'three years before', 'the weekend', 'earlier in the year',
  'later in the month', 'year-earlier', 'year-ago', 'today', 'yesterday', 'tomorrow night', 'tonight', 'Today',
];
const WORDS = ['the', 'in', 'of', 'at', 'a', 'on', 'last', 'this', 'first', 'two', 'half', 'quarters', 'past', 'recent', 'mid', 'early',
  'day', 'night', 'morning', '1990', '20', "'", '0', 's', 'ago', 'hence', 'from', 'now', 'times', 'year', '-', 'İ', 'K', 'ǅ'];
const SEPARATORS = [' ', ' ', ' ', '\n', '\t', ', ', '. ', '-', '  ', ''];
const CASES = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1)];

const piece = fc.tuple(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...WORDS)), fc.constantFrom(...SEPARATORS), fc.nat(CASES.length - 1))
  .map(([w, sep, c]) => CASES[c]!(w) + sep);

const run = (parsers: typeof DATE_PARSERS, text: string) => runParsers(parsers, new Document(text, { published: '2025-10-20' }), { results: {} });

describe('date parsers with cues', () => {
  it('find exactly what every parser finds', () => {
    const found = new Set<string>();
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const all = run(DATE_PARSERS, text);
      for (const c of all) found.add(c.parser);
      expect(run(parsersFor(text), text)).toEqual(all);
    }), { numRuns: 3000 });
    // the texts reach every cued parser, so the property is not held vacuously
    const cued = DATE_PARSERS.filter((p) => p.cues).map((p) => p.name);
    expect(cued.filter((name) => !found.has(name))).toEqual([]);
  });

  it('with the anchored parsers, find through runDateParsers what every parser finds', () => {
    const words = fc.constantFrom('Friday', 'the following', 'June', 'mid-', 'the 8th of', 'Oct. 23', '1990', 'the beginning of', 'last year', 'in');
    fc.assert(fc.property(fc.array(fc.oneof(piece, words.map((w) => w + ' ')), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const doc = new Document(text, { published: '2025-10-20' });
      expect(runDateParsers(doc, { results: {} })).toEqual(run(DATE_PARSERS, text));
    }), { numRuns: 2000 });
  });

  it('skip the parsers none of whose cues a text holds', () => {
    const names = parsersFor('On Monday, 8 October 2025, they met.').map((p) => p.name);
    expect(names).toContain('weekday');
    expect(names).not.toContain('season');
    expect(names).not.toContain('quarter');
    expect(parsersFor('IN THE SUMMER').map((p) => p.name)).toContain('season');
  });
});
