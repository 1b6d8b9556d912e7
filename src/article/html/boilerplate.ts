import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * Page furniture removed before Readability scores the page. Readability weighs class names
 * but keeps whole containers; removing these first is what trafilatura does beyond it and is
 * where most of the remaining precision lies (share bars, related links, captions, bylines).
 */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'FIGCAPTION', 'DIALOG', 'SELECT', 'IFRAME']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alert']);

/**
 * A class or id token naming page furniture. Tokens are matched one by one, so "sidebar"
 * matches while "barometer" in prose-bearing class names does not.
 */
const FURNITURE_TOKEN =
  /^(?:.*[-_])?(?:footer|related|relatedposts?|share|sharing|shares|social|sociable|syndication|newsletters?|subscribe|subscription|cookies?|consent|gdpr|sidebar|widget|widgets|banner|breadcrumbs?|byline|bylines|author|authors|timestamp|dateline|caption|captions|credit|credits|tags|tag-list|taglist|keywords|topics|promo|promos|advert|advertisement|ads?|sponsor|sponsored|outbrain|taboola|recirc|recirculation|most-?popular|trending|read-?more|more-?stories|comments?|disqus|signup|paywall|modal|popup|overlay|lightbox|toolbar|menu|navbar|nav|navigation|pagination|pager)(?:[-_].*)?$/i;

/** Containers never removed whatever their class says: they are where articles live. */
const PROTECTED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function isFurniture(el: DomElement): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls) {
    for (const token of cls.split(/\s+/)) if (token && FURNITURE_TOKEN.test(token)) return true;
  }
  return id !== null && id !== '' && FURNITURE_TOKEN.test(id);
}

const textLength = (el: DomElement | null): number => (el?.textContent ?? '').replace(/\s+/g, ' ').length;

/**
 * Removes navigation, footers, share bars, related links, captions and the like. An element
 * holding most of the page's text is kept whatever its class: some sites put "has-sidebar" or
 * "article-share-wrapper" on the article's own container.
 */
export function removeBoilerplate(doc: DomDocument): void {
  const body = doc.body;
  if (!body) return;
  const total = textLength(body);
  const limit = Math.max(total * 0.4, 400);
  // One walk over the tree, parents before children: a removed element's subtree is skipped.
  const stack: DomNode[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      if (kid.nodeType !== ELEMENT_NODE) continue;
      const el = kid as DomElement;
      if (!PROTECTED.has(el.tagName.toUpperCase()) && isFurniture(el) && textLength(el) < limit) el.remove();
      else stack.push(el);
    }
  }
}
