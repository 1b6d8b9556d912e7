// newsfacts as a library: `import { extract, extractText } from 'newsfacts'`. The pipeline the
// command line runs, one article at a time in the caller's thread; a batch, its workers and its
// error records stay with the command line.
import { toArticle } from './article/from-input.js';
import { InputError } from './errors.js';
import { DEFAULT_LANGUAGES, parseLanguages, type AcceptedLanguages } from './language/accepted-languages.js';
import { extractRecord } from './pipeline.js';
import { isIsoDate } from './record/iso-date.js';
import { ITEM_KINDS, type ArticleRecord, type ItemKind, type SourceRef } from './record/types.js';
import { readArticleFile } from './sources/files.js';
import { formatOfPath, isCollectionFormat } from './sources/formats.js';
import type { RawInput } from './sources/source.js';
import { urlInput } from './sources/url.js';

export { InputError } from './errors.js';
export { ITEM_KINDS, ERROR_CODES } from './record/types.js';
export type {
  ArticleRecord, CountItem, CountRole, DateItem, DateType, ErrorCode, ItemKind, Mention, Official, Organization, Quote, Region, RegionKind, SourceRef,
} from './record/types.js';

export interface ExtractTextOptions {
  /** The record's id; "text" when not given. */
  id?: string;
  title?: string;
  /** The article's publication date or date-time (ISO 8601): what "yesterday" and "on Friday" count from. */
  published?: string;
  /** The kinds of item the record holds; all six when not given. */
  types?: readonly ItemKind[];
  /** Put the article text in the record (`text`), which every offset indexes. */
  includeText?: boolean;
  /**
   * The languages to extract from, as ISO 639-1 codes (`'en'`, `'en,de'`, `['en', 'de']`), or
   * `'any'`; `'en'` when not given. An article in another language (its record's `language`) gets
   * a warning in `warnings` and no items; one too short to tell (`und`) is always extracted.
   */
  lang?: string | readonly string[];
}

export interface ExtractOptions extends ExtractTextOptions {
  /** For a file: read it as text or as HTML; by default its content decides. */
  format?: 'text' | 'html';
  /** The largest file or page read, in bytes (the command line's --max-bytes); 10 MB by default. */
  maxBytes?: number;
  /** For a URL: seconds each request may take (--timeout); 30 by default. */
  timeout?: number;
  /** For a URL: a folder that keeps fetched pages and answers from them later (--cache). */
  cacheDir?: string;
}

/**
 * An article: text or HTML in hand, or where to read it. A string is a URL when it starts with
 * http:// or https://, else a file's path; text in a string goes to extractText.
 */
export type ArticleInput = string | URL | { text: string } | { html: string; url?: string } | { url: string | URL } | { file: string };

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The record of an article's plain text. Throws a TypeError for options it cannot take. */
export function extractText(text: string, options: ExtractTextOptions = {}): ArticleRecord {
  if (typeof text !== 'string') throw new TypeError(`extractText takes a string, not ${typeof text}`);
  const { types, published, languages } = checkOptions(options);
  const title = options.title;
  return extractRecord(
    { id: options.id ?? 'text', source: { kind: 'library' }, text, ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}) },
    { types, includeText: options.includeText ?? false, languages },
  );
}

/**
 * The record of an article given as text, HTML, a URL or a file. HTML is reduced to its article
 * body, title, date and author first. Throws an InputError (with a `code` such as NOT_FOUND,
 * TOO_LARGE or FETCH_FAILED) for an input that cannot be read as an article.
 */
export async function extract(input: ArticleInput, options: ExtractOptions = {}): Promise<ArticleRecord> {
  const { types, published, languages } = checkOptions(options);
  const { id, source, raw } = await readArticleInput(input, options);
  const article = await toArticle({ id: options.id ?? id, source }, raw, published !== undefined ? { published } : {});
  if (options.title !== undefined) article.title = options.title;
  return extractRecord(article, { types, includeText: options.includeText ?? false, languages });
}

async function readArticleInput(input: ArticleInput, options: ExtractOptions): Promise<{ id: string; source: SourceRef; raw: RawInput }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string' && !/^https?:\/\//i.test(input)) input = { file: input };
  else if (typeof input === 'string' || input instanceof URL) input = { url: input };
  if ('text' in input) return { id: 'text', source: { kind: 'library' }, raw: { format: 'text', content: input.text } };
  if ('html' in input) {
    const url = input.url;
    return { id: url ?? 'html', source: url !== undefined ? { kind: 'url', url } : { kind: 'library' }, raw: { format: 'html', content: input.html, ...(url !== undefined ? { url } : {}) } };
  }
  if ('file' in input) {
    // a file of many articles is never one article's text: the command line reads it, one record each
    if (options.format === undefined && isCollectionFormat(formatOfPath(input.file))) {
      throw new InputError('UNSUPPORTED', `${input.file} holds many articles (NDJSON, JSON, CSV or TSV): extract takes one; newsfacts extract on the command line reads them all`);
    }
    return { id: input.file, source: { kind: 'file', path: input.file }, raw: await readArticleFile(input.file, options.format, maxBytes) };
  }
  if ('url' in input) {
    const item = urlInput(String(input.url), {
      maxBytes,
      ...(options.timeout !== undefined ? { timeoutMs: options.timeout * 1000 } : {}),
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    });
    return { id: item.id, source: item.source, raw: await item.read() };
  }
  throw new TypeError('extract takes a string, a URL, or an object with text, html, url or file');
}

function checkOptions(options: ExtractTextOptions): { types: readonly ItemKind[]; published: string | undefined; languages: AcceptedLanguages } {
  const types = options.types ?? ITEM_KINDS;
  const unknown = types.filter((t) => !(ITEM_KINDS as readonly string[]).includes(t));
  if (unknown.length) throw new TypeError(`unknown item kind ${unknown.map((t) => JSON.stringify(t)).join(', ')}: expected ${ITEM_KINDS.join(', ')}`);
  if (options.published !== undefined && !isIsoDate(options.published)) {
    throw new TypeError(`published ${JSON.stringify(options.published)} is no ISO 8601 date of a real day (e.g. 2025-10-08 or 2025-10-08T14:00:00Z)`);
  }
  return { types, published: options.published, languages: languagesOf(options.lang) };
}

/** The `lang` option to the languages it names; a TypeError for what it cannot take. */
function languagesOf(lang: ExtractTextOptions['lang']): AcceptedLanguages {
  if (lang === undefined) return DEFAULT_LANGUAGES;
  if (typeof lang !== 'string' && !Array.isArray(lang)) throw new TypeError(`lang takes a string or a list of strings, not ${typeof lang}`);
  try {
    return parseLanguages(typeof lang === 'string' ? lang : lang.join(','));
  } catch (err) {
    throw new TypeError(`lang ${JSON.stringify(lang)}: ${(err as Error).message}`);
  }
}

/** Whether an error is one of an input that could not be read as an article. */
export const isInputError = (err: unknown): err is InputError => err instanceof InputError;
