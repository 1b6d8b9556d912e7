import fc from 'fast-check';
import { Occurrences, occurrencesIn } from '../../src/document/occurrences.js';

describe('Occurrences', () => {
  it('finds what text.indexOf finds, overlapping matches and the text end included', () => {
    const piece = fc.constantFrom('Ku', 'Kursk', 'K', 'Ab', 'AbAb', 'a', ' ', 'é', 'KK', 'Z');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(piece, { minLength: 1, maxLength: 3 }), fc.nat(40), (parts, needleParts, from) => {
      const text = parts.join('');
      const needle = needleParts.join('');
      const occurrences = new Occurrences(text);
      expect(occurrences.indexOf(needle, from)).toBe(text.indexOf(needle, from));
      expect(occurrences.indexOf(needle)).toBe(text.indexOf(needle));
    }), { numRuns: 2000 });
  });

  it('keeps the index of the text it was last asked about', () => {
    const text = 'Bryansk and Kursk. Kursk again.';
    expect(occurrencesIn(text)).toBe(occurrencesIn(text));
    expect(occurrencesIn(text).indexOf('Kursk', 13)).toBe(19);
    expect(occurrencesIn('other').text).toBe('other');
  });
});
