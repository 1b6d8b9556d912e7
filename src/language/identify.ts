// The language an article is written in, by franc-min's trigram models (docs/inputs.md has the
// measurements behind the two bounds below).
import { francLanguage } from './franc-scorer.js';
import { isLatinScript, recordLanguageCode } from './iso-639.js';

/**
 * Only the start of an article is looked at, so a long one costs no more than a short one; franc's
 * time grows with the sample (0.5 ms at 300 characters, 0.8 at 500, 4.6 at 2,000), a tenth of a
 * short article's extraction at 500, and on the corpora it named the same language from 300.
 */
export const IDENTIFY_PREFIX_CHARS = 300;
/**
 * Below this many characters a text in the Latin script is too short to tell (`und`): on prefixes
 * of 1,214 English articles franc-min erred on none at 300 characters, on 4 at 200 and on 78 at 100.
 * Another script settles it sooner (a Japanese news brief is 300 characters), from SCRIPT_MIN_CHARS.
 */
export const IDENTIFY_MIN_CHARS = 300;
const SCRIPT_MIN_CHARS = 20;

export const UNDETERMINED = 'und';

/** The ISO 639-1 code of a text's language (ISO 639-3 where it has none), or `und` when too short to tell. */
export function identifyLanguage(text: string): string {
  const sample = text.slice(0, IDENTIFY_PREFIX_CHARS).trim();
  const iso3 = francLanguage(sample, SCRIPT_MIN_CHARS);
  const short = sample.length < IDENTIFY_MIN_CHARS && text.trim().length < IDENTIFY_MIN_CHARS;
  if (short && isLatinScript(iso3)) return UNDETERMINED;
  return recordLanguageCode(iso3);
}
