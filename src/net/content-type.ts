import { InputError } from '../errors.js';

/** Media types that are documents but not web pages: each is an UNSUPPORTED error. */
const NOT_A_PAGE = /^(?:application\/(?:pdf|zip|gzip|x-gzip|octet-stream|msword|vnd\.|x-tar|x-7z|x-rar|java-archive|x-shockwave-flash|wasm)|image\/|audio\/|video\/|font\/|model\/)/i;

/** What a PDF, an image or an archive starts with, for servers that label them text/html. */
const MAGIC: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Throws UNSUPPORTED when the Content-Type names something other than a web page or text. */
export function checkContentType(contentType: string | undefined, url: string): void {
  const type = contentType?.split(';')[0]!.trim().toLowerCase();
  if (type && NOT_A_PAGE.test(type)) {
    throw new InputError('UNSUPPORTED', `${url} is ${type}, not a web page`);
  }
}

/** Throws UNSUPPORTED when the first bytes are a known binary format, whatever the header said. */
export function checkMagicBytes(bytes: Uint8Array, url: string): void {
  for (const [what, sig] of MAGIC) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      throw new InputError('UNSUPPORTED', `${url} is ${what}, not a web page`);
    }
  }
}
