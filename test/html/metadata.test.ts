import { cleanAuthor } from '../../src/article/html/metadata.js';
import { htmlToArticle } from '../../src/article/html.js';
import { normalizeDate } from '../../src/article/html/published.js';

const NOW = new Date('2024-06-01T12:00:00Z');

describe('normalizeDate', () => {
  it.each([
    ['2024-03-12T07:45:00Z', '2024-03-12T07:45:00Z'],
    ['2024-03-12T08:15:00+0100', '2024-03-12T08:15:00+01:00'],
    ['2024-03-12 08:15', '2024-03-12T08:15:00'],
    ['2024-3-2', '2024-03-02'],
    ['20240312', '2024-03-12'],
    ['Tue, 12 Mar 2024 07:45:00 GMT', '2024-03-12T07:45:00Z'],
    ['March 12, 2024', '2024-03-12'],
    ['1710229500', '2024-03-12T07:45:00Z'],
  ])('reads %s', (raw, iso) => {
    expect(normalizeDate(raw, NOW)).toBe(iso);
  });

  it.each(['2024-06-03', '2030-01-01T00:00:00Z', 'not a date', '', '1970-01-01', '2024-13-01'])('rejects %s', (raw) => {
    expect(normalizeDate(raw, NOW)).toBeUndefined();
  });

  it('accepts today east of UTC, which is still the future in UTC', () => {
    expect(normalizeDate('2024-06-02', NOW)).toBe('2024-06-02');
  });
});

describe('cleanAuthor', () => {
  it.each([
    ['By Sarah E. Needleman', ['Sarah E. Needleman']],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', ['Chris Cillizza']],
    ['By Monica Smith and Sunil Gupta, Associated Press', ['Monica Smith', 'Sunil Gupta']],
    ['By JOHN DOE | Updated Nov 19, 2019', ['JOHN DOE']],
    ['Written by Jane Roe on Monday, 3 May', ['Jane Roe']],
    ['Reuters', []],
    ['Bryan DeArdo @BryanDeArdo', ['Bryan DeArdo']],
    ['GREG BEACHAM, AP Sports Writer', ['GREG BEACHAM']],
    ['Telegraph Sport 19 November 2019', ['Telegraph Sport']],
    ['Jeff FoustMonday, November 18, 2019', ['Jeff Foust']],
    ['humans.txt', []],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['newsroom@example.com', []],
    ['https://www.facebook.com/anna-petrova', ['Anna Petrova']],
  ])('%s', (raw, names) => {
    expect(cleanAuthor(raw)).toEqual(names);
  });
});

describe('JSON-LD strings', () => {
  it('decode the HTML entities sites write inside the script: numeric, named and the common few', () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"&#8220;Storm&#8221; closes the pass &ndash; again &amp; again","author":{"@type":"Person","name":"Zo&euml; O&#39;Brien"}}</script></head><body><article><p>Snow fell on the pass for a second day, and the police closed the road in the morning.</p></article></body></html>`;
    const article = htmlToArticle(page);
    expect(article.title).toBe('“Storm” closes the pass – again & again');
    expect(article.author).toBe('Zoë O\'Brien');
  });
});
