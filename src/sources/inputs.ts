import type { Readable } from 'node:stream';
import { inputsFromPath, type FileSourceOptions } from './files.js';
import type { InputItem } from './source.js';
import type { FetchOptions } from '../net/options.js';
import { urlInput } from './url.js';

export interface InputOptions extends FileSourceOptions {
  /** How URLs are fetched; their body's cap is --max-bytes, as a file's, unless set here. */
  url: FetchOptions;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** An argument that names a URL (any scheme: an unsupported one becomes its error record), not a path. */
export const isUrlLike = (arg: string): boolean => URL_LIKE.test(arg);

/**
 * Every input the command line names, in order: paths, URLs, then the URL list, with `-` for
 * standard input. Nothing is read here beyond directory listings and NDJSON lines: each item
 * reads itself when its turn comes.
 */
export async function* expandInputs(
  args: readonly string[],
  urls: readonly string[],
  stdin: Readable,
  opts: InputOptions,
): AsyncGenerator<InputItem> {
  const fetching: FetchOptions = { maxBytes: opts.maxBytes, ...opts.url };
  for (const arg of args) {
    // standard input's reader (and its sniffing) loads only when `-` is named
    if (arg === '-') yield* (await import('./stdin.js')).inputsFromStdin(stdin, opts.format, opts.maxBytes, opts.columns);
    else if (isUrlLike(arg)) yield urlInput(arg, fetching);
    else yield* inputsFromPath(arg, opts);
  }
  for (const url of urls) yield urlInput(url, fetching);
}
