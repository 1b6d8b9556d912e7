// Country adjectives and place words, general data, for reading affiliations:
// "Russian President X" is Russia's president, "the region's governor" belongs to a region.
import { readEntries } from './word-file.js';

/** Country adjectives (data/language/demonyms.txt) and the country each names. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(readEntries('demonyms').map(([demonym, country]) => [demonym!, country!]));

/** Generic words for an administrative unit, and the region kind each stands for. */
export const PLACE_WORDS: ReadonlyMap<string, 'region' | 'city' | 'country'> = new Map([
  ['region', 'region'], ['oblast', 'region'], ['province', 'region'], ['krai', 'region'], ['kray', 'region'],
  ['republic', 'region'], ['state', 'region'], ['county', 'region'], ['district', 'region'], ['territory', 'region'],
  ['okrug', 'region'], ['governorate', 'region'], ['prefecture', 'region'], ['area', 'region'],
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['municipality', 'city'], ['capital', 'city'],
  ['country', 'country'], ['nation', 'country'],
]);

/** Adjectives of direction or size that may stand before a place word without naming the place. */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(
  `southwestern southeastern northwestern northeastern southern northern eastern western central border frontline
   front-line neighbouring neighboring nearby same whole entire`.split(/\s+/).filter(Boolean),
);

/** Adjectives of an administrative level, and the place kind a body so qualified governs: "regional administration". */
export const PLACE_ADJECTIVES: ReadonlyMap<string, 'region' | 'city' | 'country'> = new Map([
  ['regional', 'region'], ['provincial', 'region'], ['oblast', 'region'], ['municipal', 'city'], ['city', 'city'],
  ['town', 'city'],
]);
