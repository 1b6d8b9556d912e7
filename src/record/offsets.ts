import type { Document } from '../document/document.js';

/**
 * Converts an extractor's items from UTF-16 spans to code point spans, and re-takes each `text`
 * from the article at its final span: the record's promise that slicing the text by code points
 * gives exactly the item's text then holds by construction, whatever an extractor did.
 */
export function toRecordItems<T>(items: T[], doc: Document): T[] {
  return items.map((item) => convert(item, doc) as T);
}

function convert(value: unknown, doc: Document): unknown {
  if (Array.isArray(value)) return value.map((v) => convert(v, doc));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const hasSpan = typeof obj.start === 'number' && typeof obj.end === 'number';
  const start = hasSpan ? snap(doc.text, obj.start as number) : 0;
  const end = hasSpan ? Math.max(start, snap(doc.text, obj.end as number)) : 0;
  // for…in over own keys (items are plain objects): the order of Object.entries, without its arrays
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
    if (hasSpan && k === 'start') out[k] = doc.offsets.toCodePoint(start);
    else if (hasSpan && k === 'end') out[k] = doc.offsets.toCodePoint(end);
    else if (hasSpan && k === 'text') out[k] = doc.text.slice(start, end);
    else out[k] = convert(obj[k], doc);
  }
  return out;
}

/** Moves an index that falls inside a surrogate pair back to the pair's start, and into the text. */
function snap(text: string, i: number): number {
  const j = Math.max(0, Math.min(Math.trunc(i), text.length));
  const low = j > 0 && j < text.length && (text.charCodeAt(j) & 0xfc00) === 0xdc00;
  return low && (text.charCodeAt(j - 1) & 0xfc00) === 0xd800 ? j - 1 : j;
}
