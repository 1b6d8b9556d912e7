import fc from 'fast-check';
import { conjoinedRegionsParser } from '../../src/extractors/regions/parsers/conjoined.js';
import { designatedRegionParser } from '../../src/extractors/regions/parsers/designated.js';

// The parsers' patterns look at the letter before their word once the word is found. Their plain
// forms open with that look-behind instead: both must find the same matches in any text.
function plainForm(re: RegExp, readBack: string, opening: string): RegExp {
  if (!re.source.includes(readBack)) throw new Error(`no ${readBack} in ${re.source}`);
  return new RegExp(opening + re.source.replace(readBack, ''), re.flags);
}

const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0], { ...m.groups }]);

const PLURAL = conjoinedRegionsParser.pattern;
const PLAIN_PLURAL = plainForm(PLURAL, String.raw`(?<![\p{L}\p{M}]\k<plural>)`, String.raw`(?<![\p{L}\p{M}])`);
const DESIGNATOR = designatedRegionParser.pattern;
const PLAIN_DESIGNATOR = plainForm(DESIGNATOR, String.raw`(?<=[\p{L}\p{M}] \k<designator>)`, String.raw`(?<=[\p{L}\p{M}] )`);

// words of both patterns in either case, near misses, and what may stand beside them: letters, marks,
// astral letters, digits, spaces, hyphens, apostrophes
const PIECES = [
  'regions', 'Regions', 'REGIONS', 'oblasts', 'counties', 'Counties', 'states', 'States', 'districts', 'republics', 'krais',
  'Region', 'region', 'Oblast', 'oblast', 'County', 'District', 'district', 'Municipal District', 'municipal district',
  'Autonomous Okrug', 'Autonomous Oblast', "People's Republic", 'People’s Republic', 'Republic', 'republic', 'Krai', 'Kray',
  'State', 'Province', 'Urban District', 'Sub-district', 'Governorate',
  'Kursk', 'A', 'x', 'é', 'e\u0301', '\u0301', '𝐀', '😀', '7', ' ', '  ', '\n', '-', "'", '’', ',', '.', '(', 'sub', 'the ',
];

describe('patterns that look behind their word once it is found', () => {
  test.each([
    ['conjoined plurals', PLURAL, PLAIN_PLURAL],
    ['designators', DESIGNATOR, PLAIN_DESIGNATOR],
  ])('%s: the same matches as the plain form', (_name, re, plain) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const s = pieces.join('');
        expect(matches(re, s)).toEqual(matches(plain, s));
      }),
      { numRuns: 20_000 },
    );
  });

  test('finds the plurals and designators of plain text', () => {
    const s = 'the Bryansk, Kursk and Belgorod regions; Cook County, subregions, the Khanty-Mansi Autonomous Okrug and states, States';
    expect(matches(PLURAL, s).map((m) => m[1])).toEqual(['regions', 'states']);
    expect(matches(DESIGNATOR, s).map((m) => m[1])).toEqual(['County', 'Autonomous Okrug']);
    expect(matches(PLAIN_DESIGNATOR, s)).toEqual(matches(DESIGNATOR, s));
  });
});
