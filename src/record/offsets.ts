import type { Document } from '../document/document.js';

/**
 * Converts an extractor's items from UTF-16 spans to code point spans, and re-takes each `text`
 * from the article at its final span: the record's promise that slicing the text by code points
 * gives exactly the item's text then holds by construction, whatever an extractor did.
 * An item the conversion leaves as it is (every item of a text without astral characters, mostly)
 * goes into the record itself rather than a copy: the extraction is over, so nothing changes it.
 */
export function toRecordItems<T>(items: T[], doc: Document): T[] {
  return convert(items, doc) as T[];
}

/** The value converted, or the value itself when converting changes nothing in it. */
function convert(value: unknown, doc: Document): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = convert(value[i], doc);
      if (out) out.push(v);
      else if (v !== value[i]) (out = value.slice(0, i)).push(v);
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const hasSpan = typeof obj.start === 'number' && typeof obj.end === 'number';
  const start = hasSpan ? snap(doc.text, obj.start as number) : 0;
  const end = hasSpan ? Math.max(start, snap(doc.text, obj.end as number)) : 0;
  let out: Record<string, unknown> | undefined;
  // for…in over own keys (items are plain objects): the order of Object.entries, without its arrays
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
    const v = obj[k];
    let converted: unknown;
    if (hasSpan && k === 'start') converted = doc.offsets.toCodePoint(start);
    else if (hasSpan && k === 'end') converted = doc.offsets.toCodePoint(end);
    else if (hasSpan && k === 'text') converted = textAt(doc.text, start, end, v);
    else converted = convert(v, doc);
    if (out) out[k] = converted;
    else if (converted !== v) out = copyBefore(obj, k, converted);
  }
  return out ?? obj;
}

/** A copy of obj's own keys before `key`, then `key` with its converted value. */
function copyBefore(obj: Record<string, unknown>, key: string, converted: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
    if (k === key) break;
    out[k] = obj[k];
  }
  out[key] = converted;
  return out;
}

/** text.slice(start, end), or `text` itself when that is what it holds already: most do, and need no copy. */
function textAt(text: string, start: number, end: number, held: unknown): string {
  return typeof held === 'string' && held.length === end - start && text.startsWith(held, start) ? held : text.slice(start, end);
}

/** Moves an index that falls inside a surrogate pair back to the pair's start, and into the text. */
function snap(text: string, i: number): number {
  const j = Math.max(0, Math.min(Math.trunc(i), text.length));
  const low = j > 0 && j < text.length && (text.charCodeAt(j) & 0xfc00) === 0xdc00;
  return low && (text.charCodeAt(j - 1) & 0xfc00) === 0xd800 ? j - 1 : j;
}
