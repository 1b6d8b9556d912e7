import fc from 'fast-check';
import { NAME_START, NAME_WORD, nameWordEnd, nextNameStart } from '../../src/document/name-words.js';

// Characters around each case the scans tell apart: ASCII letters, digits and joiners, the
// possessive 's, letters, marks and numbers past ASCII, capitals past ASCII and astral ones.
const alphabet = fc.constantFrom('a', 's', 'S', 'Z', 'M', '1', ' ', '-', '.', "'", '’', ',', '“', 'é', 'É', '\u0301', 'Ж', 'ж', '²', '٣', '𝐀', '𝐚', '\ud835', '\udc00', '\t', '\u00a0');
const texts = fc.array(alphabet, { maxLength: 16 }).map((cs) => cs.join(''));

function referenceStarts(text: string): number[] {
  return [...text.matchAll(NAME_START)].map((m) => m.index!);
}

function scannedStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = nextNameStart(text, 0); at >= 0; at = nextNameStart(text, at + 1)) out.push(at);
  return out;
}

function referenceWordEnd(text: string, at: number): number {
  const re = new RegExp(NAME_WORD.source, 'uy');
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

describe('name scans', () => {
  it('find the capitals NAME_START finds', () => {
    expect(scannedStarts("O'Neill of U.S. and “Kyiv”-Ukraine 1A aB É 𝐀")).toEqual(referenceStarts("O'Neill of U.S. and “Kyiv”-Ukraine 1A aB É 𝐀"));
    fc.assert(fc.property(texts, (text) => {
      expect(scannedStarts(text)).toEqual(referenceStarts(text));
    }), { numRuns: 5000 });
  });

  it('end a word where NAME_WORD ends it', () => {
    for (const [text, end] of [["Trump's", 5], ['U.S.', 3], ['Guinea-Bissau', 13], ['O’Hare', 6], ['Kyiv’s x', 4], ['x', 1], [' x', -1]] as const) {
      expect(nameWordEnd(text, 0)).toBe(end);
    }
    fc.assert(fc.property(texts, fc.nat(16), (text, at) => {
      const i = Math.min(at, text.length);
      // the parser asks only at a name's start or after a space, never inside a surrogate pair
      fc.pre(!/[\ud800-\udbff]/.test(text[i - 1] ?? '') || !/[\udc00-\udfff]/.test(text[i] ?? ''));
      expect(nameWordEnd(text, i)).toBe(referenceWordEnd(text, i));
    }), { numRuns: 5000 });
  });
});
