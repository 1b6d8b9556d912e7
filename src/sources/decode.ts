import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | undefined;
/**
 * iconv-lite, loaded when a legacy code page or an unusual charset label first needs it, since
 * UTF-8 text (nearly every input) never does. Required, not imported, so decoding stays synchronous.
 */
const iconv = (): Iconv => (iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv);

export interface DecodeOptions {
  /** The HTTP Content-Type header, whose charset parameter names the encoding. */
  contentType?: string;
  /** Look for <meta charset> and http-equiv Content-Type in the first bytes. */
  html?: boolean;
}

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used, lower-cased: "utf-8", "windows-1251", "koi8-r", "utf-16le" … */
  encoding: string;
  warnings: string[];
}

/** Where the spec's prescan stops looking for <meta charset>; real pages put it further down. */
const META_SCAN_BYTES = 8192;

/**
 * Normalises a charset label to the name TextDecoder knows, or undefined for an unknown
 * label. ISO-8859-1 and ASCII labels mean windows-1252 on the web (the WHATWG Encoding
 * standard), which TextDecoder already applies.
 */
export function encodingForLabel(label: string | undefined | null): string | undefined {
  if (!label) return undefined;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!clean) return undefined;
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return iconv().encodingExists(clean) ? clean : undefined;
  }
}

function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = contentType ? /charset\s*=\s*["']?(?<charset>[^"';,\s]+)/i.exec(contentType) : null;
  return m?.groups?.charset;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> near the top. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const tags = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const direct = /\bcharset\s*=\s*["']?(?<charset>[^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct.groups?.charset;
  }
  return undefined;
}

/** UTF-16 without a BOM: every other byte of ASCII-heavy text is zero. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Shape(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * A single-byte encoding for bytes that are not UTF-8. Cyrillic text is runs of high bytes
 * (whole words), Western text has an accented letter here and there among ASCII. Among the
 * Cyrillic code pages the letter case tells them apart: Russian prose is mostly lower case,
 * which windows-1251 puts at 0xE0-0xFF and KOI8-R at 0xC0-0xDF.
 */
function sniffSingleByte(bytes: Uint8Array): string {
  let high = 0;
  let paired = 0;
  let upperBlock = 0; // 0xE0-0xFF
  let lowerBlock = 0; // 0xC0-0xDF
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0x80) || (i + 1 < bytes.length && bytes[i + 1]! >= 0x80)) paired++;
    if (b >= 0xe0) upperBlock++;
    else if (b >= 0xc0) lowerBlock++;
  }
  if (high === 0) return 'windows-1252';
  if (paired / high < 0.5) return 'windows-1252';
  return lowerBlock > upperBlock ? 'koi8-r' : 'windows-1251';
}

/**
 * iconv-lite first: Node's TextDecoder reads windows-1252 as ISO-8859-1 (curly quotes in
 * 0x80-0x9F come out as control characters), and iconv-lite has every code page a news site
 * still uses. TextDecoder covers the few labels iconv-lite lacks.
 */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (iconv().encodingExists(encoding)) return iconv().decode(buf, encoding, { stripBOM: false });
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes fetched or read bytes to text. The encoding comes from, in order: a byte-order mark
 * (which the Encoding standard puts above everything), the HTTP charset, <meta charset> for
 * HTML, and last a sniff of the bytes (UTF-16, UTF-8, Cyrillic code pages, windows-1252).
 * Bytes that are not valid in the chosen UTF-8 become U+FFFD and a warning.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: string[] = [];
  let body = bytes;
  let encoding: string | undefined;
  const bom = bomEncoding(bytes);
  if (bom) {
    encoding = bom.encoding;
    body = bytes.subarray(bom.length);
  }
  const declared: Array<[string, string | undefined]> = [
    ['HTTP header', charsetOfContentType(opts.contentType)],
    ['<meta charset>', opts.html ? metaCharset(bytes) : undefined],
  ];
  for (const [where, label] of declared) {
    if (encoding || !label) continue;
    encoding = encodingForLabel(label);
    if (!encoding) warnings.push(`unknown charset "${label}" in the ${where}; detected the encoding instead`);
    // A page served as UTF-16 cannot carry a readable <meta charset>: the label lies (spec).
    else if (where === '<meta charset>' && encoding.startsWith('utf-16')) encoding = 'utf-8';
  }
  if (!encoding) {
    encoding = sniffUtf16(bytes);
    if (!encoding) {
      const shape = utf8Shape(bytes);
      // Mostly good UTF-8 with a few broken bytes is damaged UTF-8, not a legacy code page.
      encoding = shape.invalid === 0 || shape.multibyte > shape.invalid * 4 ? 'utf-8' : sniffSingleByte(bytes);
      // A guess the user should know of: the text may be garbled if the guess is wrong.
      if (encoding !== 'utf-8') warnings.push(`not valid UTF-8 and no charset declared: decoded as ${encoding} (detected)`);
    }
  }
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      const bad = text.split('\uFFFD').length - 1;
      warnings.push(`invalid UTF-8: ${bad} byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD`);
    }
  } else {
    text = decodeWith(encoding, body);
  }
  // TextDecoder strips a BOM that matches its encoding; a stray one left over is not text.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding, warnings };
}
