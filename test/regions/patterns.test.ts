import fc from 'fast-check';
import { CAP_WORD } from '../../src/extractors/regions/candidate.js';
import { listBefore } from '../../src/extractors/regions/parsers/conjoined.js';

// The plain form of the conjoined-list pattern, which the parser's pattern is a cheaper-to-compile
// rewrite of: both must find the same list at the same place in any window.
const NAME = String.raw`${CAP_WORD}(?: ${CAP_WORD})?`;
const PLAIN_LIST_BEFORE = new RegExp(String.raw`(?:${NAME}(?:,? and |, | & |,? or ))+${NAME} $`, 'u');

const found = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? [m.index, m[0]] : null;
};

// pieces that make lists, near misses and edge cases: capitals, lower case, marks, astral letters,
// hyphens, apostrophes and possessives, every separator, doubled spaces, punctuation
const PIECES = [
  'Bryansk', 'Kursk', 'Belgorod', 'Ivano-Frankivsk', "Nal'chik", 'O’Brien', 'Trump’s', "Kursk's", 'St', 'Nizhny Novgorod',
  'A', 'B', 'é', 'É', 'e\u0301', '𝐀', '😀', 'x', '7', 'and', 'or', 'the', 'S', 's',
  ' ', '  ', ', ', ',', ' and ', ', and ', ' & ', ' or ', ', or ', '-', "'", '’', '.', '\n',
];

describe('the conjoined-list pattern', () => {
  test('finds what its plain form finds, on lists and near misses', () => {
    for (const s of [
      'over the Bryansk, Kursk and Belgorod ',
      'In Bryansk and Kursk ',
      'the Kharkiv and Sumy ',
      'Nizhny Novgorod, Tver or Pskov ',
      'Kursk ',
      'Bryansk, Kursk,  ',
      'Bryansk, Kursk, ',
      'Russian and Belarusian ',
      'Santa Cruz and Pima ',
      'A B C and D ',
    ]) {
      expect([s, found(listBefore(), s)]).toEqual([s, found(PLAIN_LIST_BEFORE, s)]);
    }
  });

  test('finds what its plain form finds, on any window made of list pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), fc.boolean(), (pieces, endSpace) => {
        const s = pieces.join('') + (endSpace ? ' ' : '');
        expect(found(listBefore(), s)).toEqual(found(PLAIN_LIST_BEFORE, s));
      }),
      { numRuns: 20_000 },
    );
  });

  test('finds what its plain form finds, on windows shaped like lists', () => {
    const names = ['Bryansk', 'Kursk', 'Nizhny Novgorod', 'Ivano-Frankivsk', 'Trump’s', 'É', 'e\u0301', '𝐀', 'kursk', 'A B C'];
    const separators = [' ', '  ', ', ', ',', ' and ', ', and ', ' & ', ' or ', ', or ', '-', ' the '];
    fc.assert(
      fc.property(
        fc.constantFrom('', 'over the ', 'In ', '7. '),
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...separators)), { maxLength: 6 }),
        fc.constantFrom(...names),
        fc.constantFrom(' ', '  ', '', ', '),
        (head, list, last, end) => {
          const s = head + list.map(([n, sep]) => n + sep).join('') + last + end;
          expect(found(listBefore(), s)).toEqual(found(PLAIN_LIST_BEFORE, s));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
