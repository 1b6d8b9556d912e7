/** RFC 3986's unreserved characters: percent-encoding one of them names the same resource. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const PERCENT_ESCAPE = /%(?<hex>[0-9a-fA-F]{2})/g;

/**
 * The key under which two URLs name the same page: the WHATWG parse (scheme and host lower-cased,
 * default port, `.` and `..` segments and the empty path resolved), without the fragment, which is
 * never sent, and with percent-escapes normalised as RFC 3986 section 6.2.2 allows (upper-case hex,
 * unreserved characters decoded). Text that is no URL is its own key.
 */
export function urlKey(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  return url.href.replace(PERCENT_ESCAPE, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : escape.toUpperCase();
  });
}
