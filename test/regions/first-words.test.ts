import fc from 'fast-check';
import { mayBeFirstWord } from '../../src/extractors/regions/parsers/first-words.js';
import { loadGazetteer } from '../../src/extractors/regions/gazetteer.js';

describe('first-word filter', () => {
  const gaz = loadGazetteer();
  const firstWords = [...gaz.firstWords];
  // the table is built after the first asks; ask until then
  for (let i = 0; i < 3000; i++) mayBeFirstWord(gaz, 'The', 0, 3);

  it('lets every first word through, in any case', () => {
    for (const w of firstWords) {
      const text = ` ${w[0]!.toUpperCase()}${w.slice(1)} `;
      expect([w, mayBeFirstWord(gaz, text, 1, text.length - 1)]).toEqual([w, true]);
    }
  });

  it('stops only words that are no first word', () => {
    const word = fc.array(fc.constantFrom('a', 'e', 'n', 'o', 'r', 's', 't', 'w', 'N', 'Y', 'K', '.', "'", 'é'), { minLength: 1, maxLength: 7 }).map((cs) => cs.join(''));
    fc.assert(fc.property(word, (w) => {
      if (!mayBeFirstWord(gaz, w, 0, w.length)) expect(gaz.firstWords.has(w.toLowerCase())).toBe(false);
    }), { numRuns: 5000 });
  });
});
