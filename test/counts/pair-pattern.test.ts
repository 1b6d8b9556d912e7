import fc from 'fast-check';
import { pairParser } from '../../src/extractors/counts/parsers/idioms.js';

// The plain form opens with the look-behind that the parser's pattern makes once the phrase is found.
const PLAIN_PAIR = /(?<![\p{L}\p{N}])a\s+pair\s+of(?![\p{L}\p{N}])/giu;
const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0]]);

describe('the "a pair of" pattern', () => {
  test('finds what its plain form finds', () => {
    const pieces = ['a', 'A', 'pair', 'PAIR', 'Pair', 'of', 'Of', ' ', '  ', '\n', '\u00a0', 'x', 'é', '\u0301', '𝐀', '7', '-', '.', 'pairs', 'ofs', 'ka'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        expect(matches(pairParser.pattern, s)).toEqual(matches(PLAIN_PAIR, s));
      }),
      { numRuns: 20_000 },
    );
    expect(matches(pairParser.pattern, 'shot down a pair of drones, not papa pair of, A  Pair Of')).toEqual([[10, 'a pair of'], [46, 'A  Pair Of']]);
  });
});
