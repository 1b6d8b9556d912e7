import type { SourceRef } from '../record/types.js';

/**
 * What a source hands the pipeline before any extraction: raw text or HTML, with whatever
 * metadata came with it. Turning HTML into article text is the article layer's job.
 */
export interface RawInput {
  format: 'text' | 'html';
  content: string;
  title?: string;
  /** ISO 8601 date or date-time the input carries (NDJSON `published`, HTTP or page metadata). */
  published?: string;
  url?: string;
  warnings?: string[];
}

/**
 * One input to process, not yet read: reading is deferred so that a failure (missing file, failed
 * fetch) becomes an error record for this input alone, and so that a folder of a hundred thousand
 * files is never held in memory at once.
 */
export interface InputItem {
  id: string;
  source: SourceRef;
  /** Reads the input; throws InputError for anything that is not an article. */
  read(): Promise<RawInput>;
}
