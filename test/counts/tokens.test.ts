import fc from 'fast-check';
import { tokensAfter, tokensAfterByRegex, tokensBefore, tokensBeforeByRegex } from '../../src/extractors/counts/tokens.js';

// The definition the scanner follows by hand: the regex it was written from, which still reads
// windows with astral characters.
const referenceAfter = tokensAfterByRegex;
const referenceBefore = tokensBeforeByRegex;

// Letters (Latin, accented, Cyrillic, CJK), marks, joiners, digits (ASCII, Arabic-Indic, a
// fraction), spaces (incl. no-break), punctuation, letters with a case mapping outside \p{L}
// (Ⓐ), astral letters, digits and symbols, and a lone surrogate.
const ALPHABET = [
  'a', 'Z', 'é', 'É', 'ж', 'Ж', '中', 'İ', 'ß', '\u0301', '\u0903', "'", '’', '-', '.', ',', '1', '9', '٣', '½', ' ', '\n',
  '\u00a0', '\u2009', '$', '(', 'Ⓐ', '😀', '𝐀', '𝟏', '\ud83d',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 140 }).map((cs) => cs.join(''));
const bound = (t: string) => fc.integer({ min: -2, max: t.length + 2 });

describe('counts window tokens', () => {
  it('reads words with marks, joiners and digits', () => {
    const t = 'shot down 37 Su-34s, the U.S. drone-launched Café\u0301 crew ($5m).';
    expect(tokensAfter(t, 10, t.length, 14).map((x) => x.text)).toEqual(['37', 'Su-34s', ',', 'the', 'U.S', '.', 'drone-launched', 'Café\u0301', 'crew', '(', '$', '5m', ')', '.']);
    expect(tokensBefore(t, 10, 0, 3).map((x) => x.lower)).toEqual(['down', 'shot']);
  });

  it('tokensAfter agrees with the regular-expression definition on any text and window', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), bound(t), bound(t), fc.integer({ min: 0, max: 20 }))),
        ([t, from, limit, max]) => {
          expect(tokensAfter(t, from, limit, max)).toEqual(referenceAfter(t, from, limit, max));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('tokensBefore agrees with the regular-expression definition on any text and window', () => {
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), bound(t), bound(t), fc.integer({ min: 0, max: 20 }))),
        ([t, to, limit, max]) => {
          expect(tokensBefore(t, to, limit, max)).toEqual(referenceBefore(t, to, limit, max));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on long windows of BMP text, where the window cuts words', () => {
    const bmp = fc.array(fc.constantFrom(...ALPHABET.slice(0, 26)), { minLength: 60, maxLength: 300 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        bmp.chain((t) => fc.tuple(fc.constant(t), bound(t), bound(t), fc.integer({ min: 1, max: 100 }))),
        ([t, a, b, max]) => {
          expect(tokensAfter(t, a, b, max)).toEqual(referenceAfter(t, a, b, max));
          expect(tokensBefore(t, a, b, max)).toEqual(referenceBefore(t, a, b, max));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
