import { extractRecord } from '../../src/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

/** The record of one short article. */
export function recordOf(text: string, published = '2023-01-05'): ArticleRecord {
  return extractRecord({ id: 't', text, published } as Parameters<typeof extractRecord>[0]);
}

/** "governor-general" → "Governor-General". */
export const capitalised = (word: string): string => word.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('-');
