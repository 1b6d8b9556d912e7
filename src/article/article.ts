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
