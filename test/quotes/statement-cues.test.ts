import fc from 'fast-check';
import { windowTokens } from '../../src/document/windows.js';
import { CUE_WORDS, mayHoldCue } from '../../src/extractors/quotes/statements.js';

describe('mayHoldCue', () => {
  // cue words, their look-alikes (accents, capitals, full-width letters, a ligature) and other text
  const pieces = [
    ...CUE_WORDS, 'Said', 'SAID', 'saïd', 'ｓａｉｄ', 'ﬁgures', 'according', 'Accordíng', 'citíng', 'sa', 'id', 'to',
    ' ', '  ', '\n', '-', '’', "'", '.', ',', '“', '”', 'é', '\u0301', 'İ', 'ß', 'Σ', 'x', '12', 'U.S.', '😀',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
  const cues = new Set(CUE_WORDS);

  it('holds for every sentence one of whose words is a cue', () => {
    fc.assert(fc.property(text, (s) => {
      const hasCue = windowTokens(s, 0, s.length).some((t) => t.isWord && cues.has(t.lower));
      if (hasCue) expect(mayHoldCue(s)).toBe(true);
    }), { numRuns: 5000 });
  });

  it('rules out sentences without a cue word', () => {
    expect(mayHoldCue('The levee held through the night.')).toBe(false);
    expect(mayHoldCue('The ministry SAID 12 drones were downed.')).toBe(true);
    expect(mayHoldCue('ｓａｉｄ')).toBe(true);
  });
});
