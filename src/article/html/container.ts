import type { DomDocument, DomNode } from './dom.js';
import { domToText } from './text.js';

/**
 * Class and id names that CMSs give the element holding the article body, and nothing else.
 * When one is present the body can be read straight from it, at a fraction of the cost of
 * Readability's scoring of every paragraph on the page (trafilatura's first step likewise).
 */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.article-body', '.article__body', '.articleBody', '#article-body', '.article-body-text',
  '.entry-content', '.post-content', '.post-body', '.story-body', '.story-content', '.article-content',
  '.article__content', '#article-content', '.td-post-content', '.news-text', '.article-text', '.articletext',
].join(', ');

/**
 * The article text read from a marked body container, or '' when there is none or when
 * several separate ones exist (a list page, or a body split around ads: Readability then).
 * Markers nested in each other name one body: the innermost is read, since a wrapper
 * marked as content often holds related-story teasers beside the body.
 */
export function containerBody(doc: DomDocument): string {
  const found = doc.body?.querySelectorAll(BODY_SELECTORS);
  if (!found || found.length === 0) return '';
  const all = new Set<DomNode>();
  for (let i = 0; i < found.length; i++) all.add(found[i]!);
  // Elements with another marker inside them are wrappers (which may hold teasers too).
  const wrappers = new Set<DomNode>();
  for (const el of all) for (let p = el.parentNode; p; p = p.parentNode) if (all.has(p)) wrappers.add(p);
  const innermost = [...all].filter((el) => !wrappers.has(el));
  return innermost.length === 1 ? domToText(innermost[0]!) : '';
}
