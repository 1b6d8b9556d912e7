import fc from 'fast-check';
import { sentenceStartIn, tokenize, tokenizeByRegex } from '../../src/extractors/quotes/tokens.js';

// The definition the scanner follows by hand: the regex it was written from, which still reads
// windows with astral characters.
const reference = tokenizeByRegex;

// Letters (Latin, accented, Cyrillic, CJK, one that lower-cases longer), marks, joiners, dots,
// digits (ASCII, Arabic-Indic, a fraction), spaces (incl. no-break), punctuation, a symbol with a
// case mapping (Ⓐ), astral letters, digits and symbols, a lone surrogate; and whole words for the
// abbreviation rules.
const PIECES = [
  'a', 'Z', 'é', 'É', 'ж', 'Ж', '中', 'İ', 'ß', '\u0301', "'", '’', '-', '.', '.', ',', '1', '٣', '½', ' ', ' ', '\n',
  '\u00a0', '(', ':', 'Ⓐ', '😀', '𝐀', '𝟏', '\ud83d',
  'Mr', 'MRS', 'Gen', 'Capt', 'R-Ky', 'D-Calif', 'I-Vtxyz', 'U.S', 'J', 'Sen.', 'said',
];
const BMP_PIECES = PIECES.filter((p) => !/[\ud800-\udfff]/.test(p));
/** Words on either side of every abbreviation rule, often before a dot. */
const ABBREVIATION_PIECES = [
  ' ', ' ', ' ', '.', '.', '.', '(', ',', 'Capt', 'capt', 'CAPT', 'Mr', 'Mrs', 'Mz', 'R-Ky', 'R-KY', 'X-Ky', 'D-Calif', 'I-Vtxyz',
  'I-Vtxyzw', 'D-É', 'J', 'j', 'É', '1', 'U.S', 'Sen', 'said', 'Inc',
];
const texts = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 120 }).map((cs) => cs.join(''));
const windows = (pieces: string[]) =>
  texts(pieces).chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: -2, max: t.length + 2 }), fc.integer({ min: -2, max: t.length + 2 })));

describe('quotes window tokens', () => {
  it('splits a final dot off a word unless it is an abbreviation or an initial', () => {
    const t = 'Rep. Gwen Moore (D-Wis.) told J. Smith of the U.S. Army. Done.';
    expect(tokenize(t, 0, t.length).map((x) => x.text)).toEqual([
      'Rep.', 'Gwen', 'Moore', '(', 'D-Wis.', ')', 'told', 'J.', 'Smith', 'of', 'the', 'U.S.', 'Army', '.', 'Done', '.',
    ]);
    expect(tokenize(t, 5, 11)).toEqual([
      { text: 'Gwen', start: 5, end: 9, word: true, lower: 'gwen', cap: true },
      { text: 'M', start: 10, end: 11, word: true, lower: 'm', cap: true },
    ]);
  });

  it('agrees with the regular-expression definition on any text and window', () => {
    fc.assert(
      fc.property(windows(PIECES), ([t, from, to]) => {
        expect(tokenize(t, from, to)).toEqual(reference(t, from, to));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees on text without astral characters, which the scanner reads itself', () => {
    fc.assert(
      fc.property(windows(BMP_PIECES), ([t, from, to]) => {
        expect(tokenize(t, from, to)).toEqual(reference(t, from, to));
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees on abbreviations, initials and party-state tags before a dot', () => {
    fc.assert(
      fc.property(windows(ABBREVIATION_PIECES), ([t, from, to]) => {
        expect(tokenize(t, from, to)).toEqual(reference(t, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('starts the last sentence of a window after its last sentence end', () => {
    const t = 'Mr. Smith of the U.S. Army left. Why? He said: ';
    expect(sentenceStartIn(t, 0, t.length)).toBe(t.indexOf(' He'));
    expect(sentenceStartIn(t, 0, t.indexOf('Why'))).toBe(t.indexOf(' Why'));
    expect(sentenceStartIn(t, 0, 20)).toBe(0);
  });

  it('gives the tokens of the window after its last sentence end', () => {
    // windows inside the text: offsets of slice()'s negative bounds mean nothing
    const inside = texts(PIECES.concat(ABBREVIATION_PIECES, ['!', '?'])).chain((t) =>
      fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length })),
    );
    fc.assert(
      fc.property(inside, ([t, from, to]) => {
        const tokens = reference(t, from, to);
        let s = tokens.length;
        while (s > 0 && !/^[.!?]$/.test(tokens[s - 1]!.text)) s--;
        const start = sentenceStartIn(t, from, to);
        expect(start).toBe(s > 0 ? tokens[s - 1]!.end : from);
        expect(tokenize(t, start, to)).toEqual(tokens.slice(s));
      }),
      { numRuns: 4000 },
    );
  });
});
