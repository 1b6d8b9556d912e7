import path from 'node:path';

export type InputFormat = 'auto' | 'text' | 'html' | 'ndjson' | 'json' | 'csv' | 'tsv';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'ndjson', 'json', 'csv', 'tsv'];

/** The formats whose file holds many articles, each read as it comes: one input a line, element or row. */
export type CollectionFormat = 'ndjson' | 'json' | 'csv' | 'tsv';
export const isCollectionFormat = (format: InputFormat | undefined): format is CollectionFormat =>
  format === 'ndjson' || format === 'json' || format === 'csv' || format === 'tsv';

/** File endings newsfacts reads, and the format each one means under `--input-format auto` (also under `.gz`). */
const BY_EXTENSION: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.json': 'json',
  '.csv': 'csv',
  '.tsv': 'tsv',
};

/** The endings a folder's walk reads, as a notice lists them. */
export const ARTICLE_ENDINGS = `${Object.keys(BY_EXTENSION).join(', ')}, each also gzipped (.gz)`;

/** Whether a file's name says gzip: its ending decides, the content is checked when read (gzip.ts). */
export const isGzipPath = (file: string): boolean => path.extname(file).toLowerCase() === '.gz';

/** The format a file's ending means; under `.gz`, the ending below it (`story.html.gz` is HTML). */
export function formatOfPath(file: string): Exclude<InputFormat, 'auto'> | undefined {
  const name = isGzipPath(file) ? file.slice(0, -'.gz'.length) : file;
  return BY_EXTENSION[path.extname(name).toLowerCase()];
}

export function isArticlePath(file: string): boolean {
  return formatOfPath(file) !== undefined;
}

/**
 * Decides text or HTML by content when the name does not settle it: a page starts with a doctype,
 * an <html> tag or a comment; anything else is text (an article may well mention "<b>").
 */
export function sniffMarkup(content: string): 'text' | 'html' {
  const head = content.slice(0, 1024).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<\?xml[^>]*>\s*<(?:!doctype html|html))/.test(head)
    ? 'html'
    : 'text';
}

/** An NDJSON stream starts with an object; used for stdin under `--input-format auto`. */
export function looksLikeNdjson(content: string): boolean {
  return content.replace(/^\uFEFF/, '').trimStart().startsWith('{');
}

/** A JSON array of objects (or an empty one) on stdin under `auto`; a text that starts "[Reuters]" is no array. */
export function looksLikeJsonArray(content: string): boolean {
  return /^\[\s*[{\]]/.test(content.replace(/^\uFEFF/, '').trimStart());
}
