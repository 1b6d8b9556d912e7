import { parsePage } from '../../src/article/html/dom.js';
import { containerBody } from '../../src/article/html/container.js';

const body = (html: string): string => containerBody(parsePage(`<html><body>${html}</body></html>`).doc);

describe('containerBody', () => {
  it('reads the marked article body alone', () => {
    expect(body('<div class="teaser"><p>Elsewhere today.</p></div><div itemprop="articleBody"><p>First.</p><p>Second.</p></div>')).toBe('First.\n\nSecond.');
  });

  it('reads the innermost of nested markers, leaving teasers in the wrapper out', () => {
    const html = '<div class="article-content"><div class="entry-content"><p>The body.</p></div><h3>Our latest stories</h3><p>A teaser line.</p></div>';
    expect(body(html)).toBe('The body.');
  });

  it('gives up when the page has several separate marked bodies', () => {
    expect(body('<div class="entry-content"><p>One post.</p></div><div class="entry-content"><p>Another post.</p></div>')).toBe('');
  });

  it('gives up when nothing is marked', () => {
    expect(body('<div class="content"><p>Text.</p></div>')).toBe('');
  });
});
