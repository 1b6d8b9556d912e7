import type { Document } from '../../document/document.js';
import type { Span } from '../../document/span.js';
import type { Organization, Region } from '../../record/types.js';
import { DEMONYMS, namesCounty, namesDistrict } from '../../language/places.js';
import { articlePlace, sectionRegions } from '../setting.js';

/** A kind of place an office serves when its title names no place of its own. */
export type PlaceLevel = 'region' | 'county' | 'city' | 'country';

/** Whether a region found in the article is a place of the level wanted: a county is a region named "X County". */
function fitsLevel(r: Region, level: PlaceLevel): boolean {
  if (level === 'city') return r.kind === 'city';
  if (level === 'country') return r.kind === 'country';
  if (r.kind !== 'region') return false;
  // a governor serves a state, province or oblast: not a county, nor a district inside it
  return level === 'county' ? namesCounty(r.name) : !namesCounty(r.name) && !namesDistrict(r.name);
}

/**
 * The place of a level the article is about: the place its headline, dateline and lead report on when
 * it is of that level, else the place of that level the headline and lead name, else the one the
 * article names most often. A sheriff serves the county, a state minister the state, a police chief
 * the city of the report.
 */
export function articlePlaceOf(doc: Document, regions: readonly Region[], level: PlaceLevel): string | null {
  const place = articlePlace(doc.frame, regions);
  if (place && fitsLevel(place, level)) return place.name;
  const lead = doc.frame.lead;
  let best: Region | null = null;
  for (const r of regions) {
    if (!fitsLevel(r, level)) continue;
    const opening = lead !== null && r.mentions.some((m) => m.start < lead.end);
    const bestOpening = best !== null && lead !== null && best.mentions.some((m) => m.start < lead.end);
    if (!best || (opening && !bestOpening) || (opening === bestOpening && r.mentions.length > best.mentions.length)) best = r;
  }
  return best?.name ?? null;
}

/**
 * The country the article is about: the country of the place it reports on where the article names
 * it or it dominates, else the dominant one (counting the leaders it names), else the place's.
 */
export function articleCountry(doc: Document, regions: readonly Region[], organizations: readonly Organization[], leaderCountries: readonly string[] = []): string | null {
  const dominant = dominantCountry(regions, organizations, leaderCountries);
  const place = articlePlace(doc.frame, regions);
  const country = place && (place.kind === 'country' ? place.name : place.country);
  // the place's country when the article names it or it dominates; "Victoria" read as the Seychelles'
  // capital in an article that names Australia's prime minister is not
  if (country && (country === dominant || regions.some((r) => r.kind === 'country' && r.name === country))) return country;
  return dominant ?? country ?? null;
}

/** How much one named head of state or government weighs for their country, against one mention of a place. */
const LEADER_WEIGHT = 5;

/**
 * The country whose name, places and bodies the article mentions at least twice as often as any
 * other's, else the one it names as a country at least twice as often.
 */
export function dominantCountry(regions: readonly Region[], organizations: readonly Organization[], leaderCountries: readonly string[] = []): string | null {
  // every mention of a place counts for its country as well as the country's own: "Russia struck the
  // Odesa region … Izmail … Odesa" is an article about Ukraine, though only Russia is named as a country
  const weight = new Map<string, number>();
  const named = new Map<string, number>();
  for (const r of regions) {
    const country = r.kind === 'country' ? r.name : r.country;
    if (country) weight.set(country, (weight.get(country) ?? 0) + r.mentions.length);
    if (r.kind === 'country') named.set(r.name, r.mentions.length);
  }
  for (const o of organizations) {
    const country = DEMONYMS.get(o.name.split(' ')[0]!.toLowerCase());
    if (country) weight.set(country, (weight.get(country) ?? 0) + o.mentions.length);
  }
  for (const country of leaderCountries) weight.set(country, (weight.get(country) ?? 0) + LEADER_WEIGHT);
  return clearWinner(weight) ?? clearWinner(named);
}

/** The key whose count is at least twice every other's, if any. */
function clearWinner(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [key, n] of counts) {
    if (n > bestN) {
      second = bestN;
      best = key;
      bestN = n;
    } else if (n > second) second = n;
  }
  return best && bestN >= 2 * second ? best : null;
}

const POLICE_BODY = /\b(?:police|constabulary)\b/iu;

/** The one police force the article names ("Cheshire Police"), which its detectives and constables serve; null when it names none or several. */
export function policeForce(organizations: readonly Organization[]): string | null {
  const forces = organizations.filter((o) => POLICE_BODY.test(o.name) && o.name.includes(' '));
  return forces.length === 1 ? forces[0]!.name : null;
}

/** Heads of the bodies that govern a place or run a public service: the ones an article's officials work for. */
const PUBLIC_BODY = /\b(?:council|administration|authority|department|agency|ministry|commission|office|service)$/iu;

/**
 * The public body the article reports on: the one council, administration or agency its headline and
 * lead name ("Galway County Council is responding to flooding …"); null when they name none or several.
 */
export function bodyOfArticle(doc: Document, organizations: readonly Organization[]): string | null {
  const lead = doc.frame.lead;
  if (!lead) return null;
  const opening = organizations.filter((o) => PUBLIC_BODY.test(o.name) && o.mentions.some((m) => m.start < lead.end));
  return opening.length === 1 ? opening[0]!.name : null;
}

/**
 * "In Assam, the deluge spread … ¶ Prime Minister Modi spoke to Chief Minister Sonowal": the place a
 * section of a round-up is about, from the paragraph that opens it ("In Assam, …", a heading line
 * "Assam") up to the title. The nearest opening that names a place settles it: its place when of the
 * level wanted, else null (a county's section says nothing of which state's governor speaks).
 */
export function sectionPlaceOf(doc: Document, regions: readonly Region[], level: PlaceLevel, pos: number): string | null {
  const named = sectionRegions(doc.frame, regions, pos);
  return named.length ? (named.find((r) => fitsLevel(r, level))?.name ?? null) : null;
}

/**
 * "… announced in the Voronezh Region. The region's governor, Alexander Gusev, …": the place of the
 * level wanted that the sentence before the title names last.
 */
export function previousSentencePlaceOf(doc: Document, regions: readonly Region[], level: PlaceLevel, pos: number): string | null {
  const si = doc.sentenceIndexAt(pos);
  const previous = si > 0 ? doc.sentences[si - 1]! : null;
  return previous ? placeInSentence(previous, regions, level, previous.end) : null;
}

/**
 * "One death was reported in Sussex County, said county spokesperson Chip Guy": the place of the
 * level wanted that the title's own sentence names, the last before the title, else the first after it.
 */
export function sentencePlaceOf(doc: Document, regions: readonly Region[], level: PlaceLevel, pos: number): string | null {
  const si = doc.sentenceIndexAt(pos);
  return si >= 0 ? placeInSentence(doc.sentences[si]!, regions, level, pos) : null;
}

/** The place of a level a sentence names, the last before `pos`, else the first after it. */
function placeInSentence(sentence: Span, regions: readonly Region[], level: PlaceLevel, pos: number): string | null {
  let before: { name: string; at: number } | null = null;
  let after: { name: string; at: number } | null = null;
  for (const r of regions) {
    if (!fitsLevel(r, level)) continue;
    for (const m of r.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (m.end <= pos && (!before || m.start > before.at)) before = { name: r.name, at: m.start };
      if (m.start >= pos && (!after || m.start < after.at)) after = { name: r.name, at: m.start };
    }
  }
  return (before ?? after)?.name ?? null;
}
