/** How far into an input a NUL byte marks it as binary (a PDF, an image, /dev/zero). */
export const BINARY_SNIFF_BYTES = 65536;

/** NUL bytes mean binary, unless a UTF-16 byte order mark says they are half of each character. */
export function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
