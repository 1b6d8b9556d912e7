import fc from 'fast-check';
import { MEDIUM_BEFORE, mayEndMedium } from '../../src/extractors/quotes/speaker-index.js';

describe('mayEndMedium', () => {
  const pieces = ['wrote', 'a', 'statement', 'posted', 'on', 'ON', 'to', 'via', 'through', 'told', 'Tells', 'telling', 'tellſ', 'the', 'THE',
    'his', ' ', '  ', '\n', '\u00a0', '\u2003', '\ufeff', '-', ',', '.', 'x', 'é', 'ton', 'photo', 'oN'];
  const before = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((parts) => parts.join(''));

  it('holds wherever the pattern matches', () => {
    fc.assert(fc.property(before, (s) => {
      if (MEDIUM_BEFORE.test(s)) expect(mayEndMedium(s)).toBe(true);
    }), { numRuns: 5000 });
  });

  it('rules out text that ends in no such word', () => {
    expect(mayEndMedium('the ministry said ')).toBe(false);
    expect(mayEndMedium('wrote on')).toBe(false);
    expect(mayEndMedium('wrote on ')).toBe(true);
    expect(mayEndMedium('a statement to the ')).toBe(true);
    expect(mayEndMedium('met the ')).toBe(false);
    expect(mayEndMedium('the ')).toBe(false);
  });
});
