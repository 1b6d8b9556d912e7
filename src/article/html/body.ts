import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import type { DomDocument, DomNode } from './dom.js';
import { domToText } from './text.js';

/**
 * The article body by Readability's content scoring. The serializer hands back the content
 * node itself, so nothing is serialised to HTML and parsed again.
 */
export function readabilityBody(doc: DomDocument): string {
  const reader = new Readability<DomNode>(doc as never, {
    serializer: (node) => node as unknown as DomNode,
    disableJSONLD: true,
    // Beyond this Readability throws; the caller then keeps the page's paragraphs.
    maxElemsToParse: 60_000,
  });
  const article = reader.parse();
  return article?.content ? dropDateLines(domToText(article.content)) : '';
}

/** "Updated Nov 19, 6:55 AM", "PUBLISHED: 10:48, Tue, Nov 19, 2019": a timestamp, not prose. */
const DATE_LINE = /^\W*(?:published|updated|posted|last updated|first published)\b/i;

function dropDateLines(text: string): string {
  return text
    .split('\n\n')
    .filter((p) => !(DATE_LINE.test(p) && /\d/.test(p) && p.split(' ').length <= 14))
    .join('\n\n');
}

/**
 * The simplest body that works when scoring finds nothing: the page's paragraphs long enough
 * to be prose (link lists and captions are short), in page order.
 */
export function paragraphBody(html: string): string {
  // htmlparser2 rather than parse5: parse5's tree building is quadratic in nesting depth
  // (10,000 nested tags took a second, 20,000 three), htmlparser2 stays linear.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const paragraphs: string[] = [];
  $('p, blockquote, li').each((_, el) => {
    const $el = $(el);
    if ($el.parents('nav, header, footer, aside, form').length) return;
    if (el.tagName === 'li' && $el.find('p').length) return;
    const text = $el.text().replace(/\s+/g, ' ').trim();
    const linkChars = $el.find('a').text().replace(/\s+/g, ' ').length;
    if (text.split(' ').length >= 8 && linkChars < text.length / 2) paragraphs.push(text);
  });
  return paragraphs.join('\n\n');
}
