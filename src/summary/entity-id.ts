// Stable ids for the officials and places of a record (`extract --link`), equal across articles
// and runs whenever two spellings differ only by transliteration: `person:anohin.vasili`,
// `region:ru.smolensk`. They are built from the record item alone (pure functions), so a script
// can join records on them without running `summarize`. An id takes only what names the person or
// place whatever the article is about: never the places an article happens to name.
import { asciiFold, foldName } from '../language/fold.js';
import { loadGazetteer, readGazetteerFile } from '../extractors/regions/gazetteer.js';
import { townsNamed } from '../extractors/regions/towns.js';
import type { ArticleRecord, Official, Region } from '../record/types.js';
import { parsePersonName, placeKey } from './keys.js';

let countryCodes: Map<string, string> | undefined;

/** Country name (or alias, or code) → lower-case ISO 3166-1 alpha-2 code, from the bundled gazetteer. */
function countryCodeTable(): Map<string, string> {
  if (countryCodes) return countryCodes;
  countryCodes = new Map();
  try {
    const file = JSON.parse(readGazetteerFile().toString('utf8')) as {
      countries?: Array<[string, string, string[], number]>;
    };
    for (const [code, name, aliases] of file.countries ?? []) {
      for (const n of [name, ...aliases]) countryCodes.set(asciiFold(n), code.toLowerCase());
    }
  } catch {
    // Without the gazetteer a country is keyed by its folded name, which is still stable.
  }
  return countryCodes;
}

/** A country as a short stable key: its ISO code when known ("Russia", "RU" → "ru"). */
export function countryKey(country: string): string {
  const folded = asciiFold(country);
  if (/^[a-z]{2}$/.test(folded)) return folded;
  return countryCodeTable().get(folded) ?? countryCodeTable().get(asciiFold(country.replace(/^the\s+/i, ''))) ?? folded;
}

function slug(key: string): string {
  return key.replace(/[SC]/g, (c) => (c === 'S' ? 'sh' : 'ch')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * `person:<surname key>[.<given name key or initial>]`: the name alone. The affiliation is the place
 * or body the article ties the person to, and the title changes with the office (Senator, then
 * President) or is missing: either would split one person, so two people of one full name share an id.
 */
export const officialEntityId = (o: Pick<Official, 'name'>): string => personEntityId(o.name);

/** The id of the person a name names, official or not (a quote's speaker). */
export function personEntityId(fullName: string): string {
  const name = parsePersonName(fullName);
  const parts = name ? [name.surname, name.given].filter(Boolean).map(slug) : [slug(asciiFold(fullName)) || 'unknown'];
  return `person:${parts.join('.')}`;
}

/**
 * Whether `code` is the country of the place itself: one GeoNames gives it (a `geonames_id`), or one
 * where the gazetteer or the towns of GeoNames know a place of that name and kind. A place found by
 * its wording alone ("Orange County") takes the country of the other places its article names.
 */
function ownCountry(r: Region, code: string): boolean {
  if (r.geonames_id !== undefined) return true;
  try {
    const key = foldName(r.name);
    const named = (loadGazetteer().byName.get(key) ?? []).map((option) => option.place).filter((place) => place.kind === r.kind);
    if (r.kind === 'city') named.push(...townsNamed(key).map((town) => town.place));
    return named.some((place) => place.cc.toLowerCase() === code);
  } catch {
    return false; // without the gazetteer no country is known to be the place's own
  }
}

/** `<kind>:[<country code>.]<name key>`, a country as `country:<code>`; the country only when it is the place's own. */
export function regionEntityId(r: Region): string {
  if (r.kind === 'country') return `country:${slug(countryKey(r.name)) || 'unknown'}`;
  const code = r.country ? countryKey(r.country) : '';
  const country = code && ownCountry(r, code) ? slug(code) : '';
  const name = slug(placeKey(r.name)) || 'unknown';
  return `${r.kind}:${country ? country + '.' : ''}${name}`;
}

export type LinkedOfficial = Official & { entity: string };
export type LinkedRegion = Region & { entity: string };

/** A copy of the record whose officials and regions carry their `entity` id. */
export function linkRecord(record: ArticleRecord): ArticleRecord {
  const out: ArticleRecord = { ...record };
  if (record.officials) out.officials = record.officials.map((o): LinkedOfficial => ({ ...o, entity: officialEntityId(o) }));
  if (record.regions) out.regions = record.regions.map((r): LinkedRegion => ({ ...r, entity: regionEntityId(r) }));
  return out;
}
