import { InputError } from '../errors.js';
import type { SourceRef } from '../record/types.js';
import { articleObjectInput, failingInput } from './article-object.js';
import type { InputItem } from './source.js';
import { tableRows, type TableRow } from './table-rows.js';

/** The fields of an article a table's columns give, as an NDJSON line names them. */
export const ARTICLE_FIELDS = ['text', 'html', 'id', 'published', 'url', 'title'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Columns named by the user (`--text-column` …), by the header's name of each. */
export type ColumnNames = Partial<Record<ArticleField, string>>;

/** The header names each field is looked for under when no column is named, in order, any case. */
const USUAL_NAMES: Record<ArticleField, readonly string[]> = {
  text: ['text', 'body', 'content', 'article'],
  html: ['html'],
  id: ['id'],
  published: ['published', 'date', 'published_at'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
};

/** The columns newsfacts' own tables carry: offsets into an article are facts about it, not articles. */
const FACT_COLUMNS = ['article', 'start', 'end'];

export interface TableOrigin {
  path?: string;
  maxBytes: number;
  /** `,` for CSV, a tab for TSV. */
  delimiter: string;
  columns?: ColumnNames;
}

type ColumnIndex = Partial<Record<ArticleField, number>>;

/**
 * Which column gives each field: the one the user named, else the first of the usual names; an
 * InputError when a named column is missing, when the header is that of newsfacts' facts, or when no
 * column holds text or HTML.
 */
export function articleColumns(header: readonly string[], name: string, named: ColumnNames = {}): ColumnIndex {
  const keys = header.map((cell) => cell.trim().toLowerCase());
  const columns: ColumnIndex = {};
  for (const field of ARTICLE_FIELDS) {
    const wanted = named[field];
    if (wanted !== undefined) {
      const at = keys.indexOf(wanted.trim().toLowerCase());
      if (at < 0) throw new InputError('NO_ARTICLES', `${name} has no column "${wanted}" (--${field}-column); its header is ${shownHeader(header)}`);
      columns[field] = at;
      continue;
    }
    const at = USUAL_NAMES[field].map((usual) => keys.indexOf(usual)).find((i) => i >= 0);
    if (at !== undefined) columns[field] = at;
  }
  if (named.text === undefined && named.html === undefined && FACT_COLUMNS.every((c) => keys.includes(c))) {
    throw new InputError('NO_ARTICLES', `${name} is a table of facts, not of articles (its columns ${FACT_COLUMNS.join(', ')} are those newsfacts writes); newsfacts reads its records back from NDJSON or JSON`);
  }
  if (columns.text === undefined && columns.html === undefined) {
    const usual = [...USUAL_NAMES.text, ...USUAL_NAMES.html].join(', ');
    throw new InputError('NO_ARTICLES', `${name} has no column of article text: its header (first row) is ${shownHeader(header)}, with none of ${usual}; name one with --text-column`);
  }
  return columns;
}

/** A header as a message shows it: its first names, quoted. */
function shownHeader(header: readonly string[]): string {
  const shown = header.slice(0, 8).map((cell) => JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell));
  return shown.join(', ') + (header.length > 8 ? `, … (${header.length} columns)` : '');
}

/**
 * The articles of a CSV or TSV table with a header row: one input a row, read as an NDJSON line's
 * object is (its id column, else its place `file.csv:7`, the line the row starts on). A row with no
 * text is an error record for that row alone; a table with no column of text is one for the file.
 */
export async function* tableArticleInputs(stream: AsyncIterable<Buffer | string>, origin: TableOrigin): AsyncGenerator<InputItem> {
  const name = origin.path ?? 'stdin';
  const file: SourceRef = { kind: 'csv', ...(origin.path ? { path: origin.path } : {}) };
  let columns: ColumnIndex | undefined;
  let rows = 0;
  for await (const row of tableRows(stream, origin.delimiter, origin.maxBytes)) {
    if (!columns) {
      try {
        if ('tooLarge' in row) throw new InputError('TOO_LARGE', `the header of ${name} is over ${origin.maxBytes} bytes (--max-bytes)`);
        if (row.cells.some((cell) => cell.includes('\u0000'))) throw new InputError('BINARY', `${name} is not text (it holds NUL bytes)`);
        columns = articleColumns(row.cells, name, origin.columns);
      } catch (err) {
        yield failingInput(name, file, err as InputError);
        return;
      }
      continue;
    }
    rows++;
    yield rowInput(row, columns, name, { ...file, line: row.line }, origin.maxBytes);
  }
  if (!columns) yield failingInput(name, file, new InputError('EMPTY', `${name} is empty`));
  else if (rows === 0) yield failingInput(name, file, new InputError('NO_ARTICLES', `${name} has a header but no rows`));
}

function rowInput(row: TableRow, columns: ColumnIndex, name: string, source: SourceRef, maxBytes: number): InputItem {
  const where = `${name}:${row.line}`;
  if ('tooLarge' in row) return failingInput(where, source, new InputError('TOO_LARGE', `row ${where} is over ${maxBytes} bytes (--max-bytes)`));
  const article: Partial<Record<ArticleField, string>> = {};
  for (const field of ARTICLE_FIELDS) {
    const at = columns[field];
    if (at !== undefined && row.cells[at] !== undefined) article[field] = row.cells[at];
  }
  return articleObjectInput(article, where, source, `row ${where}`);
}
