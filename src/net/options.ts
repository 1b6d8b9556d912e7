/** How pages are fetched. Every field has a default (DEFAULT_FETCH_OPTIONS). */
export interface FetchOptions {
  /** Whole-request limit, headers and body, per attempt. */
  timeoutMs?: number;
  /** Size cap of a body, declared or decoded; a larger page is a TOO_LARGE error. The CLI passes --max-bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Further attempts after a 429, a 5xx or a dropped connection; never after a failure that would repeat. */
  retries?: number;
  /** First backoff wait; it doubles with each retry (with jitter). */
  retryBaseMs?: number;
  /** The longest wait for one retry, Retry-After included: a server asking for longer is an error. */
  maxRetryWaitMs?: number;
  /** Requests in flight to one host at a time, across all calls in this process. */
  perHostConcurrency?: number;
  userAgent?: string;
  /** Keep each fetched page here (body and headers) and answer from it on later runs. */
  cacheDir?: string;
}

export const DEFAULT_USER_AGENT = 'newsfacts/0.1 (command-line news fact extractor; Node.js)';

export const DEFAULT_FETCH_OPTIONS: Required<Omit<FetchOptions, 'cacheDir'>> = {
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryBaseMs: 1_000,
  maxRetryWaitMs: 60_000,
  perHostConcurrency: 2,
  userAgent: DEFAULT_USER_AGENT,
};

export type ResolvedFetchOptions = Required<Omit<FetchOptions, 'cacheDir'>> & { cacheDir?: string };

export function resolveFetchOptions(opts: FetchOptions = {}): ResolvedFetchOptions {
  const out: ResolvedFetchOptions = { ...DEFAULT_FETCH_OPTIONS };
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

/** A page as fetched (or read back from the cache). */
export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  contentType?: string;
  bytes: Uint8Array;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  fromCache: boolean;
}
