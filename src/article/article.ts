import type { SourceRef } from '../record/types.js';

/** An article as the extractors see it: plain text with its metadata, whatever it was read from. */
export interface Article {
  id: string;
  source: SourceRef;
  text: string;
  title?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  url?: string;
  author?: string;
  /** Things the user should know about how this input was read (replacement characters, …). */
  warnings?: string[];
}

/** The fields that hold something, in the order given: an article carries no empty keys. */
export function presentFields<T extends Record<string, string | string[] | undefined>>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as Array<keyof T>) {
    const value = fields[key];
    if (value && value.length > 0) out[key] = value;
  }
  return out;
}
