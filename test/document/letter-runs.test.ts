import fc from 'fast-check';
import { allLetterUnits, letterRunsIn } from '../../src/document/letter-runs.js';

const EDGE = /[\p{L}\p{M}]/u;
/** The scan letterRunsIn replaces: is `word` in the text with no letter or mark unit on either side? */
const writtenAlone = (text: string, word: string) => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!EDGE.test(text[at - 1] ?? '') && !EDGE.test(text[at + word.length] ?? '')) return true;
  }
  return false;
};

describe('letterRunsIn', () => {
  it('holds a word of letters exactly when a scan finds it standing alone', () => {
    const piece = fc.constantFrom('man', 'a', 'kursk', ' ', '-', '.', 'é', '\u0301', '𝐀', '1', 'Man', 'ß', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), fc.array(piece, { minLength: 1, maxLength: 3 }), (parts, wordParts) => {
      const text = parts.join('');
      const word = wordParts.join('');
      if (!allLetterUnits(word)) return;
      expect(letterRunsIn(text, new Set([word, 'man'])).has(word)).toBe(writtenAlone(text, word));
    }), { numRuns: 3000 });
  });

  it('finds the wanted words among runs split at anything but letters and marks', () => {
    expect([...letterRunsIn('A man, a plan; café-bar 12 ok', new Set(['man', 'café', 'caf', 'ok', 'pla', 'x']))]).toEqual(['man', 'café', 'ok']);
    expect(allLetterUnits('café')).toBe(true);
    expect(allLetterUnits('o’neil')).toBe(false);
    expect(allLetterUnits('')).toBe(false);
  });
});
