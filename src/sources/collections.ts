import type { CollectionFormat } from './formats.js';
import { jsonArticleInputs } from './json-array.js';
import { ndjsonInputs } from './ndjson.js';
import type { InputItem } from './source.js';
import { tableArticleInputs, type ColumnNames } from './table-articles.js';

/** Where a stream of many articles comes from, and how to read it. */
export interface CollectionOrigin {
  /** The file (its items are named by their place in it); standard input when absent. */
  path?: string;
  /** The bound of one line, element or row. */
  maxBytes: number;
  /** The columns of a table named by the user (`--text-column` …). */
  columns?: ColumnNames;
}

/**
 * The inputs of a stream that holds many articles, one a line (NDJSON), an element (a JSON array) or
 * a row (CSV, TSV), read as they arrive. `ofLine` turns an NDJSON line into its item (summarize keeps
 * a line that is already a record as it is).
 */
export function collectionInputs<T = InputItem>(
  stream: AsyncIterable<Buffer | string>,
  format: CollectionFormat,
  origin: CollectionOrigin,
  ofLine?: (text: string, lineNo: number) => T | InputItem,
): AsyncGenerator<T | InputItem> {
  const where = origin.path !== undefined ? { path: origin.path } : {};
  if (format === 'json') return jsonArticleInputs(stream, { ...where, maxBytes: origin.maxBytes });
  if (format === 'ndjson') return ndjsonInputs(stream, { ...where, maxBytes: origin.maxBytes }, ofLine);
  const columns = origin.columns !== undefined ? { columns: origin.columns } : {};
  return tableArticleInputs(stream, { ...where, maxBytes: origin.maxBytes, delimiter: format === 'tsv' ? '\t' : ',', ...columns });
}
