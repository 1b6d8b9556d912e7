import type { ErrorCode } from '../record/types.js';

/**
 * Failures that may pass on another attempt: the connection dropped, timed out in undici's own
 * connect, header or body timers, or could not reach the network for now. Anything else (a refused
 * connection, an unknown host, a TLS failure, headers over undici's limit, a body that does not
 * decode, a port fetch never connects to) fails the same way every time, so it is not retried.
 */
const TRANSIENT = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Why a request failed, in words, whether to try again, and the record's error code if not. */
export interface NetworkFailure {
  message: string;
  transient: boolean;
  code: ErrorCode;
}

interface Cause {
  code?: string;
  message?: string;
  cause?: unknown;
}

/** Node's fetch wraps the failure (TypeError "fetch failed" or "terminated") with the cause inside. */
function innermost(err: unknown): Cause {
  let at = err as Cause;
  for (let depth = 0; depth < 4 && at?.cause && typeof at.cause === 'object'; depth++) at = at.cause as Cause;
  return at ?? {};
}

/** Classifies an error from fetch() or from reading its body. */
export function networkFailure(err: unknown, url: URL): NetworkFailure {
  const cause = innermost(err);
  const code = cause.code ?? (err as Cause)?.code;
  const said = cause.message ?? (err as Error)?.message ?? String(err);
  if (code && TRANSIENT.has(code)) return { message: said.includes(code) ? said : `${code}: ${said}`, transient: true, code: 'FETCH_FAILED' };
  if (said === 'bad port') {
    return { message: `port ${url.port} is one that fetch never connects to (a "bad port" of the Fetch standard)`, transient: false, code: 'UNSUPPORTED' };
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return { message: `the response headers are over the size limit (${code})`, transient: false, code: 'FETCH_FAILED' };
  if (code?.startsWith('Z_') || code?.includes('BROTLI')) {
    return { message: `the body does not decode as its Content-Encoding says (${code}: ${said})`, transient: false, code: 'FETCH_FAILED' };
  }
  return { message: code && !said.includes(code) ? `${code}: ${said}` : said, transient: false, code: 'FETCH_FAILED' };
}
