import fc from 'fast-check';
import { splitNumberWords, wordsOfRun } from '../../src/extractors/counts/numbers.js';
import { brief, counts } from './helpers.js';

// The definition wordsOfRun() follows on character codes for ASCII runs.
const reference = (run: string) => [...run.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));

describe('words of a number-words run', () => {
  it('reads the words of a run, lower case', () => {
    expect(wordsOfRun('One hundred and\u00a0twenty-Five')).toEqual(reference('One hundred and\u00a0twenty-Five'));
    expect(splitNumberWords('Half a dozen').map((n) => n.value)).toEqual([6]);
  });

  it('agrees with the regular-expression definition on any text', () => {
    const pieces = ['one', 'Five', 'TWENTY', 'and', 'a', 'Z', 'z', '@', '[', '`', '{', ' ', '-', '\u00a0', '\n', '5', 'é', 'ж', '\u0301', '😀', '𝐀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (cs) => {
        const run = cs.join('');
        expect(wordsOfRun(run)).toEqual(reference(run));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a lone "one" that reports a casualty', () => {
  it('after a casualty verb past its qualifier ("killed at least one person"), and a casualty noun ("confirmed one death")', () => {
    expect(brief(counts('The storm killed at least one person. Officials confirmed one death and many injuries.'))).toEqual([
      ['one person', 1, 'person', null, 'at least'],
      ['one death', 1, 'death', null, null],
    ]);
  });

  it('still no count in "one reason" or "at least one way"', () => {
    expect(counts('One reason is cost. There is at least one way out.')).toEqual([]);
  });
});
