import { InputError } from '../errors.js';
import { redactedUrl } from './credentials.js';

/** An absolute http or https URL, parsed; anything else is an UNSUPPORTED input, named without its credentials. */
export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InputError('UNSUPPORTED', `not a valid URL: ${redactedUrl(raw)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError('UNSUPPORTED', `only http and https URLs are read, not ${u.protocol.replace(':', '')}: ${redactedUrl(raw)}`);
  }
  return u;
}
