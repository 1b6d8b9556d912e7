import { counted, formatDuration, formatRate, summaryLine } from '../../src/output/run-figures.js';

describe('the run figures on stderr', () => {
  it('counts with the noun in the singular for one', () => {
    expect(counted(0, 'article')).toBe('0 articles');
    expect(counted(1, 'article')).toBe('1 article');
    expect(counted(2, 'error')).toBe('2 errors');
  });

  it('formats rates and durations', () => {
    expect([271.4, 27.14, 2.714, 0.4567, 0].map(formatRate)).toEqual(['271', '27.1', '2.7', '0.46', '0']);
    expect(formatDuration(42)).toBe('42s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3h02m');
  });
});

describe('summaryLine', () => {
  it('gives articles, errors, time and rate', () => {
    expect(summaryLine({ records: 840, errors: 2, seconds: 3.1 })).toBe('840 articles (2 errors) in 3.1 s, 271 articles/s');
    expect(summaryLine({ records: 1, errors: 0, seconds: 0.3 })).toBe('1 article in 0.3 s, 3.3 articles/s');
    expect(summaryLine({ records: 1, errors: 1, seconds: 0.25 })).toBe('1 article (1 error) in 0.3 s, 4 articles/s');
    expect(summaryLine({ records: 0, errors: 0, seconds: 0.2 })).toBe('0 articles in 0.2 s');
    expect(summaryLine({ records: 20000, errors: 0, seconds: 125 })).toBe('20000 articles in 2m05s, 160 articles/s');
  });

  it('says how many records the resumed file held already', () => {
    expect(summaryLine({ records: 40, errors: 0, seconds: 2, resumed: { records: 800, file: 'out.ndjson' } })).toBe('40 articles in 2.0 s, 20 articles/s; 800 already in out.ndjson');
  });
});
