import fc from 'fast-check';
import { Document } from '../../src/document/document.js';
import { AnchorIndex, anchoredMatches, wordsBefore } from '../../src/extractors/dates/anchors.js';
import { DATE_PARSERS } from '../../src/extractors/dates/index.js';

// A parser with an anchor is tried only a few words before each anchor (anchors.ts): it must find
// there exactly what its pattern run over the whole text finds. Held on texts of the words its
// patterns read around their anchors, in any case, with every kind of space between.
const WORDS = [
  'January', 'june', 'JUNE', 'May', 'may', 'Mar.', 'Sept.', 'Sep', 'Oct', 'Dec.', 'December', 'market', 'decision', 'Mayday', 'Augusta',
  'Monday', 'Friday', 'friday', 'Sunday', 'Fridays', 'the', 'The', 'following', 'previous', 'this', 'This coming', 'last', 'Last', 'past',
  'early', 'late', 'mid', 'mid-', 'the end of', 'the beginning of', 'of', 'the 8th of', '8', '23', '1st', '31', '1990', '2025', 'this year',
  'last year', 'nineteen ninety-six', 'morning', 'night', 'and', 'to', '-', '–', ',', '.', '(', 'x', '_', '9', 'é',
  'Oct. 23', 'October 8 through 10', 'Aug. 5-6, 2023', '8 October 2025', 'Friday, the 8th of June', 'June 1990', 'mid-June', 'last Friday',
  'the following Monday', 'Wednesday night', 'Friday, Oct. 23',
  'in', 'for', 'at', 'within', 'over', 'during', 'into', 'a', 'soon', 'as soon as possible', 'the near future', 'the foreseeable future',
  'the future', 'coming weeks', 'future years', 'a later date', 'a day or two', 'a week or two', 'or two', 'the long term', 'term', 'terms',
  'recently', 'more recently', 'recent years', 'the past', 'past months', 'the summer', 'the early summer', 'late spring', 'fall 2025',
  'winter of 1994', 'Spring',
];
const SPACES = [' ', ' ', ' ', '', '\n', '\t', '  ', '\u00a0', '\u2028', '\u3000', ', ', '-'];
const piece = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)).map(([w, s]) => w + s);

const ANCHORED = DATE_PARSERS.filter((p) => p.anchor);
const shape = (m: RegExpExecArray) => ({ index: m.index, text: m[0], groups: { ...m.groups }, indices: m.indices });
const plain = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map(shape);
const anchored = (pattern: RegExp, anchor: NonNullable<(typeof ANCHORED)[number]['anchor']>, text: string) =>
  anchoredMatches(new RegExp(pattern.source, pattern.flags.replace('g', 'y')), anchor, new AnchorIndex(new Document(text))).map(shape);

describe('anchored date parsers', () => {
  it('are the month, weekday, season, past and future parsers', () => {
    expect(ANCHORED.map((p) => p.name).sort()).toEqual(['dayMonth', 'future', 'monthAlone', 'monthDay', 'monthYear', 'past', 'season', 'weekday']);
  });

  for (const parser of ANCHORED) {
    it(`${parser.name} finds around its anchors what its pattern finds in the whole text`, () => {
      let found = 0;
      fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const expected = plain(parser.pattern, text);
        found += expected.length;
        expect(anchored(parser.pattern, parser.anchor!, text)).toEqual(expected);
      }), { numRuns: 3000 });
      expect(found).toBeGreaterThan(200);
    });
  }

  it('counts words back over runs of non-space characters and the spaces after them', () => {
    const text = 'in (the\u00a0 end of-June';
    expect(wordsBefore(text, text.indexOf('June'), 0)).toBe(text.indexOf('June'));
    expect(wordsBefore(text, text.indexOf('June'), 1)).toBe(text.indexOf('of-'));
    expect(wordsBefore(text, text.indexOf('June'), 3)).toBe(text.indexOf('(the'));
    expect(wordsBefore(text, text.indexOf('June'), 9)).toBe(0);
  });
});
