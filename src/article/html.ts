import { InputError } from '../errors.js';
import { paragraphBody, readabilityBody } from './html/body.js';
import { removeBoilerplate } from './html/boilerplate.js';
import { parsePage, stripDeadElements } from './html/dom.js';
import { parseJsonLd } from './html/jsonld.js';
import { findAuthor, findCanonicalUrl, findTitle } from './html/metadata.js';
import { findPublished } from './html/published.js';

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

/** Readability's own threshold: a body shorter than this is suspect. */
const SHORT_BODY = 500;

function hasProse(text: string): boolean {
  for (const paragraph of text.split('\n')) {
    const words = paragraph.match(/[\p{L}\p{N}]+/gu);
    if (words && words.length >= MIN_PARAGRAPH_WORDS) return true;
  }
  return false;
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
  const title = findTitle(doc, ld);
  const author = findAuthor(doc, ld);
  const url = findCanonicalUrl(doc, opts.url);
  const published = findPublished(doc, ld, opts.url ?? url, now);

  let text = '';
  try {
    removeBoilerplate(doc);
    text = readabilityBody(doc);
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
    const fallback = paragraphBody(stripDeadElements(html));
    if (hasProse(fallback)) text = fallback;
  }
  if (!hasProse(text)) throw new InputError('NO_CONTENT', 'the page holds no article text');

  const article: HtmlArticle = { text };
  if (title) article.title = title;
  if (published) article.published = published;
  if (author) article.author = author;
  if (url) article.url = url;
  if (warnings.length) article.warnings = warnings;
  return article;
}
