import { InputError } from '../errors.js';

/** An absolute http or https URL, parsed; anything else is an UNSUPPORTED input. */
export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InputError('UNSUPPORTED', `not a valid URL: ${raw}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError('UNSUPPORTED', `only http and https URLs are read, not ${u.protocol.replace(':', '')}: ${raw}`);
  }
  return u;
}
