import path from 'node:path';

export type InputFormat = 'auto' | 'text' | 'html' | 'ndjson';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'ndjson'];

/** File endings newsfacts reads, and the format each one means under `--input-format auto`. */
const BY_EXTENSION: Record<string, Exclude<InputFormat, 'auto'>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

export function formatOfPath(file: string): Exclude<InputFormat, 'auto'> | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
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
