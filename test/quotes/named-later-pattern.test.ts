import fc from 'fast-check';
import { theHeadComma } from '../../src/extractors/quotes/speakers.js';

describe('theHeadComma', () => {
  const heads = ['official', 'spokesman', 'Official', 'ſpokesman', 'offiſer', 'officer', 'é', 'kelvin'];
  const pieces = ['the', 'The', 'THE', 'tHe', ' ', '  ', '\n', ',', ', ', 'official', 'OFFICIAL', 'officials', 'spokesman', 'ſpokesman',
    'Spokesman', 'officer', 'offiſer', 'OFFIſER', 'é', 'É', 'kelvin', 'Kelvin', 'x', 'bathe', '_the', 'ethe'];
  const window = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

  it('finds what the pattern made for the head finds', () => {
    fc.assert(fc.property(window, fc.constantFrom(...heads), (w, head) => {
      const expected = new RegExp(`\\bthe\\s+${head},\\s+`, 'iu').exec(w);
      const found = theHeadComma(w, head);
      expect(found && [found.index, found[0]]).toEqual(expected && [expected.index, expected[0]]);
    }), { numRuns: 5000 });
  });
});
