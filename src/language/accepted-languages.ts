// Which languages a run extracts from (`--lang`, the library's `lang`): the extractors know English
// words only, so an article in another language gets a warning and no items unless asked for.
import { knownLanguageCodes, languageName } from './iso-639.js';
import { UNDETERMINED } from './identify.js';

/** The languages to extract from, or every language. */
export type AcceptedLanguages = readonly string[] | 'any';

export const DEFAULT_LANGUAGES: AcceptedLanguages = ['en'];

/**
 * `en`, `en,de` or `any` to the languages they name; throws a RangeError naming what it cannot
 * take. A code is one a record carries (ISO 639-1, or ISO 639-3 for a language without one).
 */
export function parseLanguages(value: string): AcceptedLanguages {
  const codes = value.split(',').map((code) => code.trim().toLowerCase()).filter(Boolean);
  if (codes.length === 1 && codes[0] === 'any') return 'any';
  const known = new Set(knownLanguageCodes());
  const unknown = codes.filter((code) => !known.has(code));
  if (codes.length === 0 || unknown.length) {
    throw new RangeError(`expected "any" or language codes such as en, pt, ru (ISO 639-1), comma-separated${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
  }
  return [...new Set(codes)];
}

/** Whether an article in `language` is extracted; one too short to tell (`und`) always is. */
export function acceptsLanguage(accepted: AcceptedLanguages | undefined, language: string): boolean {
  return accepted === undefined || accepted === 'any' || language === UNDETERMINED || accepted.includes(language);
}

/** The warning of an article left unextracted for its language. */
export function languageWarning(language: string, accepted: readonly string[]): string {
  const wanted = accepted.map(languageName).join(' or ');
  return `written in ${languageName(language)} (${language}), not ${wanted} (--lang ${accepted.join(',')}): no facts extracted; --lang ${language} or --lang any extracts them`;
}
