import fc from 'fast-check';
import { capNesting } from '../../src/article/html/nesting.js';
import { htmlToArticle } from '../../src/article/html.js';

const TAGS = ['<div>', '</div>', '<span class="x">', '</span>', '<p>', '</p>', '<br>', '<img src="a.png"/>', '<b>', '</b>', 'word ', 'more words ', '<', '>', 'a > b '];

describe('capNesting', () => {
  it('leaves a page that never nests past the cap as it is', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TAGS), { maxLength: 60 }), (parts) => {
      const html = parts.join('');
      expect(capNesting(html, 100)).toBe(html);
    }));
  });

  it('drops the tags past the cap and their closing tags, keeping text and paragraphs', () => {
    const html = `${'<div>'.repeat(5)}<p>deep text</p>${'</div>'.repeat(5)}<div>after</div>`;
    expect(capNesting(html, 3)).toBe('<div><div><div><p>deep text</p></div></div></div><div>after</div>');
  });

  it('keeps the text of tags never closed', () => {
    expect(capNesting('<b><i><u>one<u>two', 2)).toBe('<b><i>onetwo');
  });

  it('reads the paragraph out of 50,000 nested tags as out of a shallow page', () => {
    const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>Governor Jane Roe said the drones were shot down over the region on Monday.</p>${'</div>'.repeat(n)}</body></html>`;
    expect(htmlToArticle(nested(50_000)).text).toBe(htmlToArticle(nested(200)).text);
  });
});
