import { InputError } from '../errors.js';
import { presentFields } from './article.js';
import { paragraphBody, readabilityBody } from './html/body.js';
import { containerBody } from './html/container.js';
import { removeBoilerplate } from './html/boilerplate.js';
import { maxDepth, parsePage, stripDeadElements } from './html/dom.js';
import { parseJsonLd } from './html/jsonld.js';
import { MetaIndex } from './html/meta-index.js';
import { findAuthor, findCanonicalUrl, findTitle } from './html/metadata.js';
import { findPublished } from './html/published.js';
import { capNesting } from './html/nesting.js';

/** An article read out of an HTML page. */
export interface HtmlArticle {
  /** The article body alone, paragraphs separated by a blank line ("\n\n"), a <br> as "\n". */
  text: string;
  title?: string;
  /** ISO 8601 date or date-time of publication, never later than `now`. */
  published?: string;
  author?: string;
  /** The canonical URL of the page, else the URL it was read from. */
  url?: string;
  warnings?: string[];
}

export interface HtmlOptions {
  /** The URL the page was fetched from: resolves a relative canonical link, and may carry a date. */
  url?: string;
  /** The time of the fetch: a published date later than this is discarded. Defaults to now. */
  now?: Date;
}

/** A page whose best paragraph has fewer words than this has no article, only page furniture. */
const MIN_PARAGRAPH_WORDS = 8;

/** Real news pages nest 20 to 60 deep; far beyond that Readability's time explodes. */
const MAX_READABLE_DEPTH = 150;

/** Readability's own threshold: a body shorter than this is suspect. */
const SHORT_BODY = 500;

function hasProse(text: string): boolean {
  for (const paragraph of text.split('\n')) {
    const words = paragraph.match(/[\p{L}\p{N}]+/gu);
    if (words && words.length >= MIN_PARAGRAPH_WORDS) return true;
  }
  return false;
}

const comparable = (s: string): string => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();

/** The headline repeated as the body's first paragraph is metadata, not article text. */
function dropRepeatedTitle(text: string, title: string | undefined): string {
  if (!title) return text;
  const cut = text.indexOf('\n\n');
  if (cut < 0) return text;
  return comparable(text.slice(0, cut)) === comparable(title) ? text.slice(cut + 2) : text;
}

/**
 * Turns a news page into its article: the body without navigation, ads, related links or
 * comments, plus title, publication date, author and canonical URL. Throws
 * InputError('NO_CONTENT') for a page that holds no article.
 */
export function htmlToArticle(html: string, opts: HtmlOptions = {}): HtmlArticle {
  const now = opts.now ?? new Date();
  const warnings: string[] = [];
  const { doc, jsonLd } = parsePage(html);
  const ld = parseJsonLd(jsonLd);
  // Metadata first: Readability rewrites the document as it scores it.
  const metas = new MetaIndex(doc);
  const title = findTitle(doc, metas, ld);
  const author = findAuthor(doc, metas, ld);
  const url = findCanonicalUrl(doc, metas, opts.url);
  const published = findPublished(doc, metas, ld, opts.url ?? url, now);

  let text = '';
  try {
    if (doc.documentElement && maxDepth(doc.documentElement, MAX_READABLE_DEPTH) >= MAX_READABLE_DEPTH) {
      throw new Error(`markup nested more than ${MAX_READABLE_DEPTH} deep`);
    }
    removeBoilerplate(doc);
    // A CMS-marked body container is read directly; Readability scores the rest.
    text = containerBody(doc);
    if (text.length < SHORT_BODY) text = readabilityBody(doc);
    if (text.length < SHORT_BODY) {
      // The pruning may have taken the article with it (a class name such as
      // "widget-content" on its container): score the untouched page too, keep the longer.
      const whole = readabilityBody(parsePage(html).doc);
      if (whole.length > 2 * text.length) text = whole;
    }
  } catch (err) {
    warnings.push(`article extraction failed (${(err as Error).message}); kept the page's paragraphs`);
  }
  if (!hasProse(text)) {
    const fallback = paragraphBody(capNesting(stripDeadElements(html)));
    if (hasProse(fallback)) text = fallback;
  }
  text = dropRepeatedTitle(text, title);
  if (!hasProse(text)) throw new InputError('NO_CONTENT', 'the page holds no article text');

  return { text, ...presentFields({ title, published, author, url, warnings }) };
}
