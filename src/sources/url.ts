import { decodeBytes } from './decode.js';
import { redactedUrl } from '../net/credentials.js';
import type { FetchOptions } from '../net/fetch.js';
import { parseHttpUrl } from '../net/http-url.js';
import { urlKey } from '../net/url-key.js';
import type { InputItem, RawInput } from './source.js';

/**
 * A URL as an input. Nothing is fetched until read(); a failed fetch or an unsupported
 * scheme is thrown from read() so that it becomes this input's error record alone.
 * A text/plain page is handed on as text, anything else as HTML. The record is named by the URL
 * as given, its credentials (if any) replaced by `***`.
 */
export function urlInput(url: string, opts: FetchOptions = {}): InputItem {
  const shown = redactedUrl(url);
  return {
    id: shown,
    source: { kind: 'url', url: shown },
    async read(): Promise<RawInput> {
      parseHttpUrl(url);
      // the fetching modules load with the first URL read: a run over files never needs them
      const { fetchPage } = await import('../net/fetch.js');
      const page = await fetchPage(url, opts);
      const isPlainText = /^text\/plain\b/i.test(page.contentType ?? '');
      const decoded = decodeBytes(page.bytes, { ...(page.contentType ? { contentType: page.contentType } : {}), html: !isPlainText });
      const raw: RawInput = { format: isPlainText ? 'text' : 'html', content: decoded.text, url: page.url };
      if (decoded.warnings.length) raw.warnings = decoded.warnings;
      return raw;
    },
  };
}

/**
 * A URL list file: one URL a line, `#` comments and blank lines skipped, duplicates dropped in
 * order. Two lines are duplicates when they name the same page (urlKey: `HTTP://A.org:80/./x#top`
 * is `http://a.org/x`); the first is kept as written.
 */
export function readUrlList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const url = line.replace(/^\uFEFF/, '').replace(/(?:^|\s)#.*$/, '').trim();
    const key = urlKey(url);
    if (!url || seen.has(key)) continue;
    seen.add(key);
    out.push(url);
  }
  return out;
}
