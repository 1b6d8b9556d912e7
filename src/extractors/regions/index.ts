import type { Document } from '../../document/document.js';
import { parseAndRefine, type Extractor, type ExtractionContext, type Parser, type PositionParser, type Refiner } from '../framework.js';
import type { Mention, Region } from '../../record/types.js';
import type { PlaceCandidate } from './candidate.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import { foldName } from '../../language/fold.js';
import { designatedRegionParser, designatorBeforeParser } from './parsers/designated.js';
import { conjoinedRegionsParser } from './parsers/conjoined.js';
import { ofPhraseParser } from './parsers/of-phrase.js';
import { gazetteerNameParser } from './parsers/gazetteer-names.js';
import { greaterCityParser } from './parsers/greater-city.js';
import { directedNameParser, placeListParser, placeNounParser } from './parsers/place-nouns.js';
import { featureAfterParser, featureBeforeParser, featureOfParser } from './parsers/natural-features.js';
import { contextGuardRefiner } from './refiners/context-guard.js';
import { airportNamesRefiner } from './refiners/airport-names.js';
import { resolveRefiner } from './refiners/resolve.js';
import { longestSpansRefiner } from './refiners/longest-spans.js';
import { inheritCountryRefiner } from './refiners/inherit-country.js';
import { listMembersRefiner } from './refiners/list-members.js';
import { repeatMentionsRefiner } from './refiners/repeat-mentions.js';
import { townsRefiner } from './refiners/towns.js';

// Order matters for equal spans: a pattern that says what a name is wins over the bare name.
const PARSERS: readonly (Parser<PlaceCandidate> | PositionParser<PlaceCandidate>)[] = [
  designatedRegionParser,
  designatorBeforeParser,
  conjoinedRegionsParser,
  ofPhraseParser,
  greaterCityParser,
  placeListParser,
  placeNounParser,
  directedNameParser,
  featureBeforeParser,
  featureOfParser,
  featureAfterParser,
  gazetteerNameParser,
];

const REFINERS: readonly Refiner<PlaceCandidate>[] = [
  longestSpansRefiner,
  // a known non-place ("South America") has held its span against the names inside it; now it goes
  { name: 'drop-non-places', refine: (items) => items.filter((c) => c.options.length > 0) },
  contextGuardRefiner,
  airportNamesRefiner,
  resolveRefiner,
  townsRefiner,
  // a name shown a place by syntax is one at its other mentions, which may then open lists of their own
  repeatMentionsRefiner,
  listMembersRefiner,
  inheritCountryRefiner,
];

/**
 * Every place an article names, once each, canonically named, with its kind, its country and
 * every mention. Mentions are tight spans of the name with its designator ("Bryansk Region" of
 * "the Bryansk Region"; "Bryansk" of "Bryansk, Kursk and Belgorod regions"), in UTF-16 offsets.
 */
export const regionsExtractor: Extractor<'regions'> = {
  kind: 'regions',
  needs: [],
  extract(doc: Document, ctx: ExtractionContext): Region[] {
    const gaz = loadGazetteer();
    const candidates = parseAndRefine(PARSERS, REFINERS, doc, ctx);
    const byKey = new Map<string, PlaceEntry>();
    for (const c of candidates) {
      const place = c.place!;
      let entry = byKey.get(place.key);
      if (!entry) byKey.set(place.key, (entry = { place, country: undefined, mentions: [] }));
      // a place found by pattern may learn its country at only one of its mentions
      entry.country ??= place.kind === 'country' ? undefined : gaz.countryName(place.cc);
      entry.mentions.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end) });
    }
    const items = mergeIntoKnownTowns([...byKey.values()]).map(regionItem);
    // candidates come in text order, so these sorts are mostly of sorted lists: skipped then, as sorting copies even those
    for (const it of items) if (!sortedBy(it.mentions, mentionStart)) it.mentions.sort((a, b) => a.start - b.start);
    return sortedBy(items, firstMentionStart) ? items : items.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  },
};

type PlaceEntry = { place: Place; country: string | undefined; mentions: Mention[] };

/**
 * "the small town of Idabel", "east of Idabel", "the Idabel area": a name found by its syntax that
 * is also a town the gazetteer found in the same article, in the same country or none, is that town.
 */
function mergeIntoKnownTowns(entries: PlaceEntry[]): PlaceEntry[] {
  const towns = new Map<string, PlaceEntry>();
  for (const e of entries) if (e.place.kind === 'city' && e.place.geonameId !== undefined) towns.set(foldName(e.place.name), e);
  if (towns.size === 0) return entries;
  return entries.filter((e) => {
    if (e.place.geonameId !== undefined || (e.place.kind !== 'city' && e.place.kind !== 'region')) return true;
    const town = towns.get(foldName(e.place.name));
    if (!town || (e.place.cc && e.place.cc !== town.place.cc)) return true;
    town.mentions.push(...e.mentions);
    return false;
  });
}

/** The record's item, its keys in the record's order: what the gazetteer knows of the place, then its mentions. */
function regionItem({ place, country, mentions }: PlaceEntry): Region {
  return {
    name: place.name,
    kind: place.kind,
    ...(country ? { country } : {}),
    ...(place.geonameId ? { geonames_id: place.geonameId } : {}),
    ...(place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : {}),
    mentions,
  };
}

const mentionStart = (m: Mention) => m.start;
const firstMentionStart = (r: Region) => r.mentions[0]!.start;

/** True when the list is in ascending order of key already. */
function sortedBy<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i - 1]!) > key(list[i]!)) return false;
  return true;
}
