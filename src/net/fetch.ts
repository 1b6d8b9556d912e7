import { InputError } from '../errors.js';
import { readCached, writeCached } from './cache.js';
import { checkContentType, checkMagicBytes } from './content-type.js';
import { redactedUrl, splitCredentials } from './credentials.js';
import { parseHttpUrl } from './http-url.js';
import { acquireHostSlot } from './host-limiter.js';
import { resolveFetchOptions, type FetchedPage, type FetchOptions, type ResolvedFetchOptions } from './options.js';
import { networkFailure } from './network-errors.js';
import { backoffMs, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';

export type { FetchedPage, FetchOptions } from './options.js';
export { DEFAULT_FETCH_OPTIONS, DEFAULT_USER_AGENT } from './options.js';

const REDIRECT = new Set([301, 302, 303, 307, 308]);

const secs = (ms: number): string => `${+(ms / 1000).toFixed(2)} s`;

/** One request's outcome: a response to act on, or a failure worth another attempt. */
type Attempt =
  | { kind: 'page'; page: FetchedPage }
  | { kind: 'retry'; reason: string; waitMs?: number };

function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

/**
 * Reads a body up to --max-bytes, stopping the download as soon as it is over: the bytes declared
 * (as sent, before decoding) and the bytes read (after gzip or br decoding) each count.
 */
async function readCapped(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputError('TOO_LARGE', `${url} is ${declared} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InputError('TOO_LARGE', `${url} is over the limit of ${maxBytes} bytes once decoded (--max-bytes): reading stopped there`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** One request to one URL, no redirects followed; `authorization` from the URL's credentials, if any. */
async function requestOnce(url: URL, o: ResolvedFetchOptions, authorization?: string): Promise<Attempt | { kind: 'redirect'; location: string; status: number }> {
  const release = await acquireHostSlot(url.host, o.perHostConcurrency);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', ...(authorization ? { authorization } : {}) },
      });
    } catch (err) {
      if (controller.signal.aborted) throw new InputError('FETCH_FAILED', `${url.href} timed out after ${secs(o.timeoutMs)}`);
      const failure = networkFailure(err, url);
      if (failure.transient) return { kind: 'retry', reason: failure.message };
      throw new InputError(failure.code, `${url.href}: ${failure.message}`);
    }
    if (REDIRECT.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      const location = res.headers.get('location');
      if (!location) throw new InputError('FETCH_FAILED', `${url.href}: HTTP ${res.status} redirect without a Location header`);
      return { kind: 'redirect', location, status: res.status };
    }
    if (isRetryableStatus(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      const waitMs = parseRetryAfter(res.headers.get('retry-after'));
      return { kind: 'retry', reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, ...(waitMs !== undefined ? { waitMs } : {}) };
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw new InputError('FETCH_FAILED', `${url.href}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const contentType = res.headers.get('content-type') ?? undefined;
    checkContentType(contentType, url.href);
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(res, url.href, o.maxBytes);
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (controller.signal.aborted) throw new InputError('FETCH_FAILED', `${url.href} timed out after ${secs(o.timeoutMs)}`);
      const failure = networkFailure(err, url);
      if (failure.transient) return { kind: 'retry', reason: `connection lost while reading: ${failure.message}` };
      throw new InputError(failure.code, `${url.href}: ${failure.message}`);
    }
    checkMagicBytes(bytes, url.href);
    const page: FetchedPage = { url: url.href, status: res.status, bytes, headers: headersOf(res), fromCache: false };
    if (contentType) page.contentType = contentType;
    return { kind: 'page', page };
  } finally {
    clearTimeout(timer);
    release();
  }
}

/** A redirect's Location against the URL that sent it; one that is no URL is this fetch's failure. */
function resolvedLocation(location: string, from: URL): string {
  try {
    return new URL(location, from).href;
  } catch {
    throw new InputError('FETCH_FAILED', `${from.href}: redirect to ${redactedUrl(location)}, which is not a URL`);
  }
}

/**
 * Fetches a web page: redirects followed by hand (counted, loops caught), retries with
 * exponential backoff on what may pass on retry (429, 5xx, dropped connections: network-errors.ts;
 * Retry-After honoured up to maxRetryWaitMs), a size cap, a content-type check, a per-host limit on
 * requests in flight, the URL's credentials sent as Basic authentication to its own origin, and an
 * optional on-disk cache that answers reruns without the network.
 * Throws InputError FETCH_FAILED, UNSUPPORTED or TOO_LARGE.
 */
export async function fetchPage(url: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const o = resolveFetchOptions(opts);
  const { url: start, authorization } = splitCredentials(parseHttpUrl(url));
  if (o.cacheDir) {
    const cached = await readCached(o.cacheDir, start.href, authorization);
    if (cached) return cached;
  }
  const chain: string[] = [start.href];
  let current = start;
  let retriesLeft = o.retries;
  let attempt = 0;
  for (;;) {
    // like curl, the credentials go to the URL's own origin only, never along a redirect elsewhere
    const result = await requestOnce(current, o, current.origin === start.origin ? authorization : undefined);
    if (result.kind === 'page') {
      if (o.cacheDir) await writeCached(o.cacheDir, start.href, result.page, authorization);
      return result.page;
    }
    if (result.kind === 'redirect') {
      // credentials in a Location header are neither used nor shown
      const next = splitCredentials(parseHttpUrl(resolvedLocation(result.location, current))).url;
      if (chain.includes(next.href)) {
        throw new InputError('FETCH_FAILED', `redirect loop: ${[...chain, next.href].join(' -> ')}`);
      }
      chain.push(next.href);
      if (chain.length - 1 > o.maxRedirects) {
        throw new InputError('FETCH_FAILED', `${start.href}: more than ${o.maxRedirects} redirects (last to ${next.href})`);
      }
      current = next;
      continue;
    }
    if (retriesLeft <= 0) {
      throw new InputError('FETCH_FAILED', `${current.href}: ${result.reason} (gave up after ${o.retries + 1} attempts)`);
    }
    if (result.waitMs !== undefined && result.waitMs > o.maxRetryWaitMs) {
      throw new InputError('FETCH_FAILED', `${current.href}: ${result.reason}, Retry-After ${secs(result.waitMs)} is longer than the ${secs(o.maxRetryWaitMs)} limit`);
    }
    retriesLeft--;
    await sleep(result.waitMs ?? backoffMs(attempt++, o.retryBaseMs, o.maxRetryWaitMs));
  }
}
