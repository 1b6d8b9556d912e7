import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToArticle } from '../../src/article/html.js';
import { InputError } from '../../src/errors.js';

const fixture = (name: string): string => readFileSync(join('test/fixtures/html', name), 'utf8');
const NOW = new Date('2024-06-01T00:00:00Z');

describe('htmlToArticle on a regional news page', () => {
  const article = htmlToArticle(readFileSync('fixtures/html/storm-closes-pass.html', 'utf8'), { url: 'https://valley-courier.example/news/storm?id=7', now: NOW });

  it('keeps the article paragraphs, apart by a blank line', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The regional road authority kept the Hollow Ridge pass closed/);
    expect(article.text).toContain('About 140 lorries were parked');
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^Forecasters expect the snow to ease/);
    expect(paragraphs).toHaveLength(4);
  });

  it('keeps a <br> as a single line break inside its paragraph', () => {
    expect(article.text).toContain('told reporters at a briefing in the valley town of Oberfeld.\nShe added');
  });

  it('drops navigation, share bar, caption, related links, sidebar, footer, cookie banner and scripts', () => {
    for (const junk of ['Sport', 'Share on Facebook', 'snowplough clears', 'Avalanche warning raised', 'Council approves', 'Copyright', 'cookies', 'must never reach', 'Updated March']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('reads title from JSON-LD, published from JSON-LD datePublished, author without agency', () => {
    expect(article.title).toBe('Storm closes mountain pass for second day');
    expect(article.published).toBe('2024-03-12T07:45:00Z');
    expect(article.author).toBe('Marta Kowalczyk');
  });

  it('resolves the canonical link against the page URL', () => {
    expect(article.url).toBe('https://valley-courier.example/news/2024/03/12/storm-closes-mountain-pass');
  });
});

describe('htmlToArticle metadata fallbacks', () => {
  it('uses meta tags, <time datetime>, the byline element and the page URL when JSON-LD is absent', () => {
    const a = htmlToArticle(fixture('blog-post-no-jsonld.html'), { url: 'https://harbour.example/post/12', now: NOW });
    expect(a.published).toBe('2023-09-04');
    expect(a.author).toBe('Tom Reyes');
    expect(a.title).toBe('Notes from the harbour council meeting');
    expect(a.url).toBe('https://harbour.example/post/12');
    expect(a.text).toMatch(/^The harbour council voted seven to two/);
    expect(a.text).not.toContain('Great summary');
  });

  it('never returns a publication date in the future of the fetch', () => {
    const page = readFileSync('fixtures/html/storm-closes-pass.html', 'utf8')
      .replace('2024-03-12T07:45:00Z', '2030-01-01T00:00:00Z')
      .replace('2024-03-12T08:15:00+01:00', '2024-03-11T08:15:00+01:00');
    expect(htmlToArticle(page, { now: NOW }).published).toBe('2024-03-11T08:15:00+01:00');
    // Every declared date in the future: the URL's date is the last resort.
    const allFuture = page.replace('2024-03-11T08:15:00+01:00', '2031-01-01T00:00:00Z');
    expect(htmlToArticle(allFuture, { url: 'https://x.example/2024/02/29/story', now: NOW }).published).toBe('2024-02-29');
    expect(htmlToArticle(allFuture, { url: 'https://x.example/story', now: NOW }).published).toBeUndefined();
  });

  it('falls back to a date in the URL', () => {
    const page = fixture('blog-post-no-jsonld.html').replace(/<time[^>]*>/, '<time>');
    expect(htmlToArticle(page, { url: 'https://harbour.example/2023/09/05/notes/', now: NOW }).published).toBe('2023-09-05');
  });

  it.each([
    ['https://x.example/politics/2023/sep/05/council-vote', '2023-09-05'],
    ['https://x.example/science/tuft-cells-20230905/', '2023-09-05'],
    ['https://x.example/2023-09-05-council-vote.html', '2023-09-05'],
    ['https://x.example/news/474349633.html', undefined],
  ])('reads the date in %s', (url, date) => {
    const page = fixture('blog-post-no-jsonld.html').replace(/<time[^>]*>[^<]*<\/time>/, '');
    expect(htmlToArticle(page, { url, now: NOW }).published).toBe(date);
  });

  it('reads a date written in an element classed as the date', () => {
    const page = fixture('blog-post-no-jsonld.html').replace(/<time[^>]*>[^<]*<\/time>/, '<span class="post-date">Sept. 4, 2023 - 11:28</span>');
    expect(htmlToArticle(page, { url: 'https://harbour.example/post/12', now: NOW }).published).toBe('2023-09-04');
  });

  it('reads a Russian page and its meta date', () => {
    const a = htmlToArticle(fixture('russian-1251.html'), { now: NOW });
    expect(a.text).toMatch(/^Ночью над областью/);
    expect(a.text).not.toContain('Главная');
    expect(a.published).toBe('2024-05-20T06:40:00+03:00');
  });
});

describe('htmlToArticle without an article', () => {
  it('throws NO_CONTENT for a page of links', () => {
    expect(() => htmlToArticle(fixture('no-article.html'))).toThrow(InputError);
    try {
      htmlToArticle(fixture('no-article.html'));
    } catch (err) {
      expect((err as InputError).code).toBe('NO_CONTENT');
    }
  });

  it('throws NO_CONTENT for an empty document', () => {
    expect(() => htmlToArticle('')).toThrow(expect.objectContaining({ code: 'NO_CONTENT' }));
  });

  it('reads a bare fragment of paragraphs', () => {
    const a = htmlToArticle('<p>The mayor opened the new library on Saturday, the first public building in the district for twenty years.</p>');
    expect(a.text).toBe('The mayor opened the new library on Saturday, the first public building in the district for twenty years.');
  });
});

describe('htmlToArticle on hostile input', () => {
  it('gives NO_CONTENT for unclosed scripts and comments repeated many times', () => {
    const page = '<html><body>' + '<script>x'.repeat(20000) + '<!--'.repeat(20000) + '<p>' + 'word '.repeat(50) + '</p></body></html>';
    expect(() => htmlToArticle(page)).toThrow(expect.objectContaining({ code: 'NO_CONTENT' }));
  });

  it('handles deeply nested markup and a long paragraph', () => {
    const page = '<div>'.repeat(2000) + `<p>${'Regional officials reported new damage. '.repeat(3000)}</p>` + '</div>'.repeat(2000);
    const a = htmlToArticle(page);
    expect(a.text.startsWith('Regional officials reported new damage.')).toBe(true);
  });
});
