import { parseHTML } from 'linkedom';
import { capNesting } from './nesting.js';

/**
 * The few DOM members this module uses. The project compiles without the DOM lib (it is a
 * Node tool), so linkedom's nodes are seen through this narrow structural view.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Element bodies that never hold article text. Cutting them out before parsing is the single
 * biggest speed-up (scripts and inline styles are often half of a news page's bytes), and it
 * also guarantees no script can ever be seen as content. linkedom never executes scripts.
 */
const DEAD_OPEN = /<!--|<(?<element>script|style|noscript|template|svg)\b[^>]*>/gi;

/**
 * Removes comments and dead elements in one linear pass: each opening finds its end with one
 * forward search, and an unclosed one swallows the rest of the page as a browser would, so
 * no input makes this quadratic.
 */
export function stripDeadElements(html: string, onScript?: (openTag: string, body: string) => void): string {
  const out: string[] = [];
  let last = 0;
  DEAD_OPEN.lastIndex = 0;
  for (let m = DEAD_OPEN.exec(html); m; m = DEAD_OPEN.exec(html)) {
    out.push(html.slice(last, m.index));
    const bodyStart = m.index + m[0].length;
    let end: number;
    let bodyEnd: number;
    const element = m.groups?.element;
    if (element === undefined) {
      bodyEnd = html.indexOf('-->', bodyStart);
      end = bodyEnd < 0 ? html.length : bodyEnd + 3;
    } else {
      const close = new RegExp(`</${element}\\s*>`, 'gi');
      close.lastIndex = bodyStart;
      const c = close.exec(html);
      bodyEnd = c ? c.index : html.length;
      end = c ? c.index + c[0].length : html.length;
      if (onScript && element.toLowerCase() === 'script') onScript(m[0], html.slice(bodyStart, bodyEnd < 0 ? html.length : bodyEnd));
    }
    last = end;
    DEAD_OPEN.lastIndex = end;
  }
  out.push(html.slice(last));
  return out.join('');
}

/**
 * White space between block-level tags: invisible, yet a text node each, and node creation is
 * most of linkedom's parse time. Inline tags (a, span, b …) are left alone, since the space
 * after one separates words.
 */
const BLOCK_GAP = /(?<tag><\/?(?:div|p|li|ul|ol|dl|dd|dt|section|article|header|footer|nav|aside|main|h[1-6]|table|tbody|thead|tfoot|tr|td|th|meta|link|head|body|html|figure|figcaption|form|title|hr|select|iframe)\b[^<>]*>)\s+(?=<)/gi;

/**
 * Parses a page into a linkedom document. JSON-LD blocks are kept apart first because they are
 * inside the scripts stripped here and they carry the most reliable metadata.
 */
export function parsePage(html: string): { doc: DomDocument; jsonLd: string[] } {
  const jsonLd: string[] = [];
  const stripped = capNesting(stripDeadElements(html, (openTag, body) => {
    if (/application\/ld\+json/i.test(openTag)) jsonLd.push(body);
  })).replace(BLOCK_GAP, '$<tag>');
  // A fragment without <html> gets wrapped so that linkedom always builds head and body.
  const source = /<html[\s>]/i.test(stripped) ? stripped : `<!DOCTYPE html><html><head></head><body>${stripped}</body></html>`;
  const { document } = parseHTML(source);
  return { doc: document as unknown as DomDocument, jsonLd };
}

/**
 * The depth of the deepest element. Readability's scoring walks every ancestor of every
 * paragraph, so its time grows with depth times text: a page nested hundreds deep (generated
 * or hostile markup) is read by the simpler paragraph extractor instead.
 */
export function maxDepth(root: DomNode, stopAt: number): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest >= stopAt) return deepest;
    }
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.nodeType === ELEMENT_NODE) stack.push([kid, depth + 1]);
    }
  }
  return deepest;
}
