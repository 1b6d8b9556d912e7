/**
 * A URL's user name and password: never shown, never stored, sent only as Basic authentication.
 * `https://user:pass@host/` is fetched as curl fetches it, with the credentials in an Authorization
 * header (fetch refuses a URL that carries them) and only to the URL's own origin.
 */
export const REDACTED = '***';

/** The user information of a URL as typed: what lies between the scheme and the last `@` before the path. */
const USERINFO = /^(?<scheme>\s*[a-z][a-z0-9+.-]*:[\\/]*)(?<userinfo>[^\\/?#]+)@/i;

/** The URL as the user gave it, its user information (if any) replaced by `***`. */
export const redactedUrl = (raw: string): string => raw.replace(USERINFO, `$<scheme>${REDACTED}@`);

const decoded = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a stray `%` is kept as typed, as curl does
  }
};

/** The URL without its credentials, and the Authorization header they make (none without them). */
export function splitCredentials(url: URL): { url: URL; authorization?: string } {
  if (!url.username && !url.password) return { url };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const pair = `${decoded(url.username)}:${decoded(url.password)}`;
  return { url: bare, authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
}
