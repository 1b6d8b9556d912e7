import fc from 'fast-check';
import { lastWord } from '../../src/extractors/quotes/speaker-index.js';

// The definition lastWord() follows without making the array of words.
const reference = (s: string) => (s.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/[’']s$/, '');

describe('lastWord', () => {
  it('takes the last word of a name, lower case, without a possessive', () => {
    expect(lastWord('  Vyacheslav  Gladkov’s ')).toBe('gladkov');
    expect(lastWord('Obama')).toBe('obama');
    expect(lastWord('')).toBe('');
  });

  it('agrees with the split definition on any text', () => {
    const pieces = ['a', 'Z', 'É', 'İ', "'s", '’s', 'S', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '😀', '-', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (cs) => {
        const s = cs.join('');
        expect(lastWord(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
