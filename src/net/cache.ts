import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FetchedPage } from './options.js';

/**
 * The page cache: one `<sha256 of the URL>.json` (final URL, status, headers, time) and one
 * `.body` (the bytes as received) per requested URL. Both are written to a temporary name
 * and renamed, so an interrupted run never leaves half an entry behind.
 */
interface CacheEntry {
  requestUrl: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  fetchedAt: string;
}

/** The entry's name: the URL's hash, and the credentials' when the URL had some (they are never stored). */
const keyOf = (url: string, authorization?: string): string => createHash('sha256').update(authorization ? `${url}\n${authorization}` : url).digest('hex');

export async function readCached(dir: string, url: string, authorization?: string): Promise<FetchedPage | undefined> {
  const base = join(dir, keyOf(url, authorization));
  try {
    const entry = JSON.parse(await readFile(`${base}.json`, 'utf8')) as CacheEntry;
    if (entry.requestUrl !== url) return undefined;
    const bytes = new Uint8Array(await readFile(`${base}.body`));
    const page: FetchedPage = { url: entry.url, status: entry.status, bytes, headers: entry.headers, fromCache: true };
    if (entry.headers['content-type']) page.contentType = entry.headers['content-type'];
    return page;
  } catch {
    return undefined;
  }
}

export async function writeCached(dir: string, requestUrl: string, page: FetchedPage, authorization?: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const base = join(dir, keyOf(requestUrl, authorization));
  const tmp = `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const entry: CacheEntry = { requestUrl, url: page.url, status: page.status, headers: page.headers, fetchedAt: new Date().toISOString() };
  // Body first: an entry whose .json exists is complete.
  await writeFile(`${base}.body${tmp}`, page.bytes);
  await rename(`${base}.body${tmp}`, `${base}.body`);
  await writeFile(`${base}.json${tmp}`, JSON.stringify(entry, null, 1));
  await rename(`${base}.json${tmp}`, `${base}.json`);
}
