import { DIGITS_PATTERN, digitsValue, NUMBER_WORDS_PATTERN, splitNumberWords } from '../../src/extractors/counts/numbers.js';

const words = (run: string) => splitNumberWords(run).map((n) => [run.slice(n.start, n.end), n.value]);
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

describe('splitNumberWords', () => {
  it('reads simple and hyphenated numbers', () => {
    expect(words('nine')).toEqual([['nine', 9]]);
    expect(words('twenty-five')).toEqual([['twenty-five', 25]]);
    expect(words('Seventeen')).toEqual([['Seventeen', 17]]);
  });

  it('reads large compounds with "and" after hundred and the scales', () => {
    expect(words('one hundred and twenty')).toEqual([['one hundred and twenty', 120]]);
    expect(words('two thousand three hundred and forty-one')).toEqual([['two thousand three hundred and forty-one', 2341]]);
    expect(words('one million')).toEqual([['one million', 1_000_000]]);
  });

  it('reads dozens, halves and "a hundred"', () => {
    expect(words('a dozen')).toEqual([['a dozen', 12]]);
    expect(words('half a dozen')).toEqual([['half a dozen', 6]]);
    expect(words('two dozen')).toEqual([['two dozen', 24]]);
    expect(words('a hundred')).toEqual([['a hundred', 100]]);
    expect(words('half a million')).toEqual([['half a million', 500_000]]);
  });

  it('splits runs that are several numbers', () => {
    expect(words('five six')).toEqual([['five', 5], ['six', 6]]);
    expect(words('one and two')).toEqual([['one', 1], ['two', 2]]);
    expect(words('twenty thirty')).toEqual([['twenty', 20], ['thirty', 30]]);
  });

  it('takes no number from words that write none', () => {
    expect(words('thousand')).toEqual([]);
    expect(words('a')).toEqual([]);
  });
});

describe('number patterns', () => {
  it('find number words but not inside other words or plurals', () => {
    expect(matches(NUMBER_WORDS_PATTERN, 'someone saw twenty-five, not dozens or tenfold or oneself')).toEqual(['twenty-five']);
    expect(matches(NUMBER_WORDS_PATTERN, 'half a dozen and a dozen')).toEqual(['half a dozen', 'a dozen']);
  });

  it('find digits, with separators and scale words', () => {
    expect(matches(DIGITS_PATTERN, '9 and 1,200 and 420,000 and 1.2 million')).toEqual(['9', '1,200', '420,000', '1.2 million']);
  });

  it('leave out digits glued to letters, codes, times and ranges', () => {
    expect(matches(DIGITS_PATTERN, 'S-400 Su-34 EF4 COVID-19 5km 12th 2:00 3-1 5/10 5% $5 v2.1 #7')).toEqual([]);
  });

  it('values digits, refusing fractions of things', () => {
    expect(digitsValue('1,200')).toBe(1200);
    expect(digitsValue('1.2 million')).toBe(1_200_000);
    expect(digitsValue('2.5')).toBeNull();
  });
});
