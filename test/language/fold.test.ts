import { asciiFold, fold, foldName, foldWord } from '../../src/language/fold.js';

describe('the folds of src/language/fold.ts', () => {
  test('fold: one token, lower case, no diacritics', () => {
    expect(fold('José')).toBe('jose');
    expect(fold('kyiv')).toBe('kyiv');
  });

  test('foldName and foldWord: gazetteer keys, with apostrophes, spaces and abbreviation dots made one', () => {
    expect(foldName('St.  Petersburg')).toBe('st petersburg');
    expect(foldName('Bila Tserkva’')).toBe("bila tserkva'");
    expect(foldWord('U.S.')).toBe('u.s');
    expect(foldWord('Zürich')).toBe('zurich');
  });

  test('asciiFold: only a–z is left', () => {
    expect(asciiFold('Zelens’kyy')).toBe('zelenskyy');
    expect(asciiFold('Łódź')).toBe('lodz');
  });
});
