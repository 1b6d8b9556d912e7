import { ELEMENT_NODE, TEXT_NODE, type DomNode, type DomElement } from './dom.js';

/** Elements that end a paragraph: their text is set apart by a blank line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'DETAILS', 'SUMMARY', 'CENTER',
]);
/** Cells stay on their row's line, apart by a tab-like space. */
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

/** Blocks that, short and all link, are a teaser or a "read more" line. */
const SHORT_BLOCK = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6']);

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * A list of links (related stories, "more on this") or a short paragraph that is one link
 * ("Read more: …", "You may also like"): navigation inside the article container, and
 * sentences the extractors would otherwise read as news.
 */
function isLinkBlock(el: DomElement, tag: string): boolean {
  const list = tag === 'UL' || tag === 'OL';
  if (!list && !SHORT_BLOCK.has(tag)) return false;
  const text = inlineText(el);
  if (!text) return false;
  if (!list && wordCount(text) > 15) return false;
  const links = el.querySelectorAll('a');
  if (!links.length) return false;
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += inlineText(links[i]).length;
  return linked / text.length > (list ? 0.6 : 0.8);
}

/**
 * Renders a DOM subtree as plain text: one paragraph per block element, "\n\n" between
 * paragraphs, a single "\n" for <br>, runs of white space collapsed inside a paragraph.
 */
export function domToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: DomNode): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType === TEXT_NODE) {
        current += (child.textContent ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = child.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          current += '\n';
        } else if (BLOCK.has(tag)) {
          if (isLinkBlock(child as DomElement, tag)) continue;
          flush();
          walk(child);
          flush();
        } else if (CELL.has(tag)) {
          current += ' ';
          walk(child);
          current += ' ';
        } else if (tag === 'IMG') {
          // Alt text is not article prose.
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** The trimmed text of an element, white space collapsed, for metadata fields. */
export function inlineText(el: DomElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
