import type { InputItem, RawInput } from '../sources/source.js';
import { presentFields, type Article } from './article.js';

export interface ArticleOptions {
  /** Reference date for inputs that carry none (`--published`). */
  published?: string;
  /** When the input was fetched or read: a page's date is never later than this. */
  now?: Date;
}

// The HTML stack (linkedom, Readability, cheerio) loads on the first page, not at start-up: a
// run over text articles never pays for it.
let htmlModule: Promise<typeof import('./html.js')> | undefined;

/** A raw input to the article the extractors see: HTML becomes its article body and metadata. */
export async function toArticle(item: Pick<InputItem, 'id' | 'source'>, raw: RawInput, opts: ArticleOptions = {}): Promise<Article> {
  const warnings = [...(raw.warnings ?? [])];
  let text = raw.content;
  let title = raw.title;
  let published = raw.published;
  let url = raw.url ?? item.source.url;
  let author: string | undefined;
  if (raw.format === 'html') {
    const { htmlToArticle } = await (htmlModule ??= import('./html.js'));
    const page = htmlToArticle(raw.content, { url, now: opts.now });
    text = page.text;
    title ??= page.title;
    published ??= page.published;
    url = page.url ?? url;
    author = page.author;
    warnings.push(...(page.warnings ?? []));
  }
  published ??= opts.published;
  return { id: item.id, source: item.source, text, ...presentFields({ title, published, url, author, warnings }) };
}
