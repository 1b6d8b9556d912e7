import type { Article } from './article/article.js';
import { Document } from './document/document.js';
import { executionOrder, EXTRACTORS } from './extractors/registry.js';
import type { ExtractionContext } from './extractors/framework.js';
import type { ResultKind } from './extractors/results.js';
import { acceptsLanguage, languageWarning, type AcceptedLanguages } from './language/accepted-languages.js';
import { identifyLanguage } from './language/identify.js';
import { toRecordItems } from './record/offsets.js';
import { ITEM_KINDS, type ArticleRecord, type ItemKind } from './record/types.js';

export interface ExtractOptions {
  /** Kinds to put in the record; the extractors they depend on run too but stay out of the record. */
  types: readonly ItemKind[];
  includeText: boolean;
  /** The languages extracted from (`--lang`); an article in another keeps its record but no items. Every language when not given. */
  languages?: AcceptedLanguages;
}

export const DEFAULT_OPTIONS: ExtractOptions = { types: ITEM_KINDS, includeText: false };

/** Runs every extractor asked for over one article and builds its record. */
export function extractRecord(article: Article, options: ExtractOptions = DEFAULT_OPTIONS): ArticleRecord {
  const doc = new Document(article.text, { id: article.id, title: article.title, published: article.published });
  const ctx: ExtractionContext = { results: {} };
  const language = identifyLanguage(article.text);
  const extracted = acceptsLanguage(options.languages, language);
  const order = extracted ? executionOrder(options.types) : [];
  const lastTokenReader = order.findLastIndex((kind) => EXTRACTORS[kind].readsTokens);
  order.forEach((kind, i) => {
    const extractor = EXTRACTORS[kind] as (typeof EXTRACTORS)[ResultKind];
    (ctx.results as Record<ResultKind, unknown>)[kind] = extractor.extract(doc, ctx);
    if (i === lastTokenReader) doc.releaseTokens();
  });
  const record: ArticleRecord = { id: article.id, source: article.source };
  if (article.title !== undefined) record.title = article.title;
  if (article.published !== undefined) record.published = article.published;
  if (article.url !== undefined) record.url = article.url;
  if (article.author !== undefined) record.author = article.author;
  record.language = language;
  if (options.includeText) record.text = article.text;
  for (const kind of ITEM_KINDS) {
    if (!options.types.includes(kind)) continue;
    const items: unknown[] = ctx.results[kind] ?? [];
    (record as Partial<Record<ItemKind, unknown[]>>)[kind] = toRecordItems(items, doc);
  }
  const warnings = [...(article.warnings ?? []), ...(extracted ? [] : [languageWarning(language, options.languages as readonly string[])])];
  if (warnings.length) record.warnings = warnings;
  return record;
}
