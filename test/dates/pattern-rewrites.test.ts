import fc from 'fast-check';
import { DATE_PARSERS } from '../../src/extractors/dates/index.js';

// Patterns rewritten for speed (a lookbehind moved after the word it precedes, a \b the lookbehind
// implies put first), held here to the plain form they replace: the same matches, groups and indices.
const REFERENCES: Record<string, RegExp> = {
  past: /\b(?:(?:more\s+|most\s+)?recently|(?<=\b(?:in|of|over|from)\s)the\s+past(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|centur(?:y|ies))\b)|(?:recent|(?<=\b(?:in|over|during|for)\s)past)\s+(?:years|months|weeks|days|decades))\b(?!-)/dgi,
  future:
    /\b(?:as soon as possible|soon(?!\s+(?:as|after|afterwards?)\b)|the\s+(?:near|distant|foreseeable)\s+future|(?<=\b(?:in|into|for|about)\s)the\s+future(?!\s+of\b)|(?<=\b(?:in|over|during|for)\s)(?:the\s+)?(?:coming|future)\s+(?:days|weeks|months|years|quarters)|(?<=\bat\s)a\s+later\s+(?:date|time|stage)|(?<=\b(?:in|within)\s)a\s+(?:day|week|month|year)\s+or\s+two|(?<=\b(?:in|over|for|of)\s)the\s+(?:near|short|long)\s+term(?![\w-]))\b/dgi,
  season:
    /(?<=\b(?:in|into|during|since|until|through|throughout|by|over|for|of|before|after|early|late)\s)(?<afterPreposition>(?:the\s+)?(?:(?:early|late|mid)[- ])?(?<season>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?<year>(?:1[0-9]|20)\d\d|nineteen[- ][a-z]+(?:-[a-z]+)?))?)\b|\b(?<withYear>(?<yearSeason>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?<seasonYear>(?:1[0-9]|20)\d\d))\b/dgi,
  frequencyWord: /(?<![\w-])(?<word>[Dd]aily|[Ww]eekly|[Mm]onthly|[Qq]uarterly|[Aa]nnually|[Yy]early|[Nn]ightly|[Hh]ourly)(?![\w-])(?!\s+[A-Z])/dg,
};

const WORDS = [
  'in', 'into', 'of', 'over', 'from', 'during', 'for', 'about', 'at', 'within', 'since', 'until', 'through', 'by', 'before', 'after', 'early',
  'late', 'mid', 'the', 'a', 'an', 'soon', 'as', 'possible', 'near', 'distant', 'foreseeable', 'future', 'coming', 'later', 'date', 'time',
  'stage', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'quarters', 'or', 'two', 'short', 'long', 'term', 'recently',
  'recent', 'more', 'most', 'past', 'decades', 'century', 'spring', 'summer', 'autumn', 'winter', 'fall', '1994', '2025', 'nineteen',
  'ninety-six', 'daily', 'Weekly', 'quarterly', 'Hourly', 'nightly', 'x', 'ed', 'at', 'it', 'K', 'İ', '_', '9',
];
const PHRASES = [
  'a day or two', 'a week or two', 'a later date', 'a later stage', 'the near term', 'the long term', 'the short term', 'the coming weeks',
  'coming months', 'future years', 'the future', 'the future of', 'the near future', 'the foreseeable future', 'as soon as possible',
  'soon after', 'the past', 'the past few days', 'the past year', 'past years', 'recent months', 'most recently', 'the summer', 'late spring',
  'mid-winter', 'the fall of 1994', 'summer 2025', 'winter of nineteen ninety-six', 'daily', 'non-daily', 'daily Mail',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\t', ', ', '.', '-', '  ', '', "'"];
const CASES = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1)];
const piece = fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES)), fc.constantFrom(...SEPARATORS), fc.nat(CASES.length - 1)).map(([w, sep, c]) => CASES[c]!(w) + sep);

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => ({ index: m.index, text: m[0], groups: { ...m.groups }, indices: m.indices }));

describe('rewritten date patterns', () => {
  for (const [name, reference] of Object.entries(REFERENCES)) {
    it(`${name} matches as its plain form does`, () => {
      const pattern = DATE_PARSERS.find((p) => p.name === name)!.pattern;
      expect(pattern.flags).toBe(reference.flags);
      let found = 0;
      fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const expected = matches(reference, text);
        found += expected.length;
        expect(matches(pattern, text)).toEqual(expected);
      }), { numRuns: 3000 });
      expect(found).toBeGreaterThan(50);
    });
  }
});
