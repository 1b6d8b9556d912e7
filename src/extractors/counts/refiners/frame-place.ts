import type { Document } from '../../../document/document.js';
import type { Span } from '../../../document/span.js';
import type { ExtractionContext, Refiner } from '../../framework.js';
import type { Region } from '../../../record/types.js';
import type { CountCandidate } from '../candidate.js';
import { articlePlace, regionsNamedIn, sectionPlaceCount, sectionRegions, SPECIFICITY } from '../../setting.js';
import { COUNTRY_NOUNS, DIVISION_NOUNS, PLACE_SHIFT_OPENERS } from '../../../language/counting.js';
import { namesCounty, namesNaturalFeature } from '../../../language/places.js';
import { headOf } from './elliptical.js';

// Places the opening names in a list ("in Bryansk, Kursk and Belgorod oblasts") leave the article without one place.
const LIST_JOIN = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/iu;
const FIRST_WORD = /^[^\p{L}]*(?<word>\p{L}+)/u;
const COMMA_ONLY = /^\s*,\s*$/u;

/**
 * The place an article reports on, when it reports on one: `articlePlace`, unless its opening lists
 * it with other places as specific ("in Bryansk, Kursk and Belgorod oblasts"), or the article is a
 * single paragraph (its sentences are all the frame it has).
 */
export function reportedPlace(doc: Document, regions: readonly Region[]): Region | null {
  const frame = doc.frame;
  if (frame.paragraphs.length < 2) return null;
  // "ATLANTA -- Storms in eight states …": a dateline names where the report was filed; it is the
  // article's place only when the article names it again; else the region the opening names
  // ("JAKARTA: … in the province of West Sumatra"), not a country named in passing
  const dateline = frame.dateline;
  const onlyInDateline = (r: Region) => dateline !== null && r.mentions.every((m) => m.start >= dateline.start && m.end <= dateline.end);
  const named = articlePlace(frame, regions);
  if (!named) return onlyPlaceNamed(regions);
  const place = onlyInDateline(named) ? articlePlace(frame, regions.filter((r) => !onlyInDateline(r))) : named;
  if (!place || (place !== named && place.kind === 'country')) return null;
  const opening = [frame.headline, frame.lead].filter((s): s is Span => s !== null);
  const peers = new Set<Region>();
  for (const span of opening) for (const r of regionsNamedIn(regions, span)) if (SPECIFICITY[r.kind] === SPECIFICITY[place.kind]) peers.add(r);
  for (const span of opening) if (listedWithOthers(doc.text, span, place, peers)) return null;
  if (place.kind === 'country') return placeWithin(doc, regions) ?? place;
  return namesNaturalFeature(place.name) ? (divisionHolding(doc.text, regions, place) ?? place) : place;
}

/**
 * "OC Health Care Agency reports two possible COVID-19 cases … more cases here in Orange County": an
 * opening that names no place leaves a local report in the one county it names, if it names no other
 * city or region. A lone state or city is as often named in passing ("polls in Ohio", "Washington").
 */
function onlyPlaceNamed(regions: readonly Region[]): Region | null {
  const specific = regions.filter((r) => r.kind !== 'country' && !namesNaturalFeature(r.name));
  return specific.length === 1 && specific[0]!.kind === 'region' && namesCounty(specific[0]!.name) ? specific[0]! : null;
}

// "Mount Merapi in Sleman", "the Dnipro River, Kherson Oblast": what locates a landmark
const LOCATING_GAP = /^(?:\s+in|\s*,)\s+(?:the\s+)?$/u;

/** The division a natural feature is said to lie in where the article names it ("Mount Merapi in Sleman"): what its counts are in. */
function divisionHolding(text: string, regions: readonly Region[], feature: Region): Region | null {
  for (const m of feature.mentions) {
    for (const r of regions) {
      if (r === feature || namesNaturalFeature(r.name)) continue;
      if (r.mentions.some((n) => n.start > m.end && n.start - m.end < 8 && LOCATING_GAP.test(text.slice(m.end, n.start)))) return r;
    }
  }
  return null;
}

/**
 * An opening that names only a country ("a condemned Italian slum") may name the place within it in
 * the paragraph after the lead ("the Neapolitan suburb of Secondigliano"): its one city or region, if it names one alone.
 */
function placeWithin(doc: Document, regions: readonly Region[]): Region | null {
  const { paragraphs, lead } = doc.frame;
  if (!lead) return null;
  const next = paragraphs.find((p) => p.start >= lead.end && p.role === 'body');
  const within = next ? regionsNamedIn(regions, next).filter((r) => r.kind !== 'country') : [];
  return within.length === 1 ? within[0]! : null;
}

/** Whether a mention of `place` inside `span` is joined by a list comma or "and" to a mention of a peer. */
function listedWithOthers(text: string, span: Span, place: Region, peers: ReadonlySet<Region>): boolean {
  const inSpan = (m: Span) => m.start >= span.start && m.end <= span.end;
  for (const own of place.mentions.filter(inSpan)) {
    for (const peer of peers) {
      if (peer === place) continue;
      for (const m of peer.mentions.filter(inSpan)) {
        const gap = m.start >= own.end ? text.slice(own.end, m.start) : text.slice(m.end, own.start);
        // "Volchansk, Kharkiv Oblast": a town and, after its comma, the region that holds it are one place
        const [first, second] = m.start >= own.end ? [place, peer] : [peer, place];
        if (first.kind === 'city' && second.kind === 'region' && COMMA_ONLY.test(gap)) continue;
        if (LIST_JOIN.test(gap)) return true;
      }
    }
  }
  return false;
}

/** "26 states", "three regions": places that lie in a country, not in one city or region. */
const isDivisionCount = (c: CountCandidate): boolean => c.value > 1 && DIVISION_NOUNS.has(headOf(c.item));

const overCountries = (c: CountCandidate, next: CountCandidate | undefined): boolean =>
  COUNTRY_NOUNS.has(headOf(c.item)) || (next !== undefined && next.sentence === c.sentence && COUNTRY_NOUNS.has(headOf(next.item)));

/** The one country a count's sentence names, if it names one. */
function countryOfSentence(doc: Document, c: CountCandidate, regions: readonly Region[]): Region | null {
  const sentence = c.sentence >= 0 ? doc.sentences[c.sentence] : undefined;
  const countries = sentence ? regionsNamedIn(regions, sentence).filter((r) => r.kind === 'country') : [];
  return countries.length === 1 ? countries[0]! : null;
}

/** "940 cases reported in 26 states": a count spread over the divisions counted right after it has no one place. */
function isSpreadOverDivisions(text: string, c: CountCandidate, next: CountCandidate | undefined): boolean {
  return Boolean(next && next.sentence === c.sentence && next.value > 1 && DIVISION_NOUNS.has(headOf(next.item)) && SPREAD_GAP.test(text.slice(c.end, next.start)));
}
const SPREAD_GAP = /^[^,;:.]{0,60}(?<![\p{L}])(?:in|across|over|throughout|from)\s+$/u;

/** A headline or lead that counts states, regions or countries ("storms in eight states") reports on many places, not one. */
function opensOverPlaces(doc: Document, items: readonly CountCandidate[]): boolean {
  const { headline, lead } = doc.frame;
  const opening = (c: CountCandidate) => [headline, lead].some((s) => s !== null && c.start >= s.start && c.end <= s.end);
  return items.some((c) => c.value > 1 && DIVISION_NOUNS.has(headOf(c.item)) && opening(c));
}

/** The place the label of the count's paragraph names ("Kharkiv Oblast: 12 explosions …"), if any. */
function labelPlace(doc: Document, c: CountCandidate, regions: readonly Region[]): Region | null {
  const frame = doc.frame;
  const label = frame.paragraphs[frame.paragraphIndexAt(c.start)]?.label;
  return label ? (regionsNamedIn(regions, label)[0] ?? null) : null;
}

/**
 * "Assam ¶ … two deaths were reported from Baksa district": in a round-up set out under headings of
 * its places ("Bihar", "Assam"), the place of the count's section, when its heading names one alone.
 */
function sectionPlace(doc: Document, c: CountCandidate, regions: readonly Region[]): Region | null {
  const named = sectionRegions(doc.frame, regions, c.start, true);
  return named.length === 1 ? named[0]! : null;
}

/** "Elsewhere, …": a paragraph that says it has left the article's place. */
function leavesArticlePlace(doc: Document, c: CountCandidate): boolean {
  const frame = doc.frame;
  const p = frame.paragraphs[frame.paragraphIndexAt(c.start)];
  const word = p ? FIRST_WORD.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 40)))?.groups?.word : undefined;
  return word !== undefined && PLACE_SHIFT_OPENERS.has(word.toLowerCase());
}

/**
 * A count its sentence and paragraph left without a place takes its paragraph's label place
 * ("Kharkiv Oblast: …"), else in a round-up under place headings its section's place, else the place the
 * article reports on (a count of villages too: they lie in it). A paragraph that opens "Elsewhere"
 * is left alone.
 */
export const takeFramePlace: Refiner<CountCandidate> = {
  name: 'counts take the place of their paragraph label or article',
  refine(items: CountCandidate[], doc: Document, ctx: ExtractionContext) {
    const regions = ctx.results.regions ?? [];
    if (!regions.length || !items.some((c) => c.region === undefined)) return items;
    let article: Region | null | undefined;
    let roundUp: boolean | undefined;
    const overPlaces = opensOverPlaces(doc, items);
    return items.map((c, i) => {
      if (c.region !== undefined) return c;
      // "940 cases reported in 26 states, the highest number in the U.S.": the country its sentence names, if one
      if (isDivisionCount(c) || isSpreadOverDivisions(doc.text, c, items[i + 1])) {
        // "38 countries" and what is spread over them lie in no one place
        const country = overCountries(c, items[i + 1]) ? null : countryOfSentence(doc, c, regions);
        return country ? { ...c, region: country.name } : c;
      }
      const label = labelPlace(doc, c, regions);
      if (label) return { ...c, region: label.name };
      roundUp ??= sectionPlaceCount(doc.frame, regions, true) >= 2;
      const section = roundUp ? sectionPlace(doc, c, regions) : null;
      if (section) return { ...c, region: section.name };
      if (leavesArticlePlace(doc, c)) return c;
      if (overPlaces) return c;
      article ??= reportedPlace(doc, regions);
      return article ? { ...c, region: article.name } : c;
    });
  },
};
