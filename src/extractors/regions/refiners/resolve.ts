import type { Refiner } from '../../framework.js';
import type { RegionKind } from '../../../record/types.js';
import type { NameOption } from '../gazetteer.js';
import type { KindCue, PlaceCandidate } from '../candidate.js';

// What the words around a bare name say it is.
const CITY_BEFORE = /\b(?:city|town|village|mayor|downtown|outskirts|centre|center|streets|suburbs?|residents|citizens|people) of (?:the )?$/i;
const CITY_AFTER = /^(?:['’]s)? (?:city|mayor|city council|downtown|residents|suburbs?|metropolitan)\b/i;
const REGION_BEFORE = /\b(?:governor|governorship|region|oblast|province|state|krai) of (?:the )?$/i;
const REGION_AFTER = /^(?:['’]s)? (?:Gov\.|Governor|governor|Lt\. Gov|regional|region|oblast|province|Legislature|legislature|statehouse|state (?:senate|house|legislature|officials|law))\b/;
const COUNTRY_BEFORE = /\b(?:country|nation|republic|former Soviet republic) of (?:the )?$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|to|into|across|outside|inside|throughout|around|toward|towards|via|visited|visit|visiting)(?: the)? $/i;

const KIND_PRIOR: Record<RegionKind, number> = { country: 0, city: 1, region: 2 };

/**
 * Gives each candidate one place. The order of evidence: a kind cue next to the name; the
 * places the article names unambiguously (Georgia is the US state in an article about Atlanta
 * and Texas, the country in one about Tbilisi); the name itself before a region's base ("Kherson"
 * is first the city, "Kherson region" the oblast); countries before cities before regions; then
 * capitals and bigger cities first. Weak names (Victoria, Chad, Reading) are kept only with a
 * cue, a preposition of place or a supporting place of the same country.
 */
export const resolveRefiner: Refiner<PlaceCandidate> = {
  name: 'resolve-ambiguity',
  refine(items, doc) {
    const text = doc.text;
    for (const c of items) if (c.source === 'name' && !c.cue) c.cue = kindCue(text, c.start, c.end);

    const support = new Map<string, number>();
    const counted = new Set<string>();
    for (const c of items) {
      if (c.options.length !== 1) continue;
      const p = c.options[0]!.place;
      if (!p.cc || counted.has(p.key) || (p.weak && c.source === 'name')) continue;
      counted.add(p.key);
      support.set(p.cc, (support.get(p.cc) ?? 0) + (p.kind === 'country' ? 0.5 : 1));
    }
    const supportOf = (o: NameOption) => (support.get(o.place.cc) ?? 0) - (counted.has(o.place.key) ? (o.place.kind === 'country' ? 0.5 : 1) : 0);

    const out: PlaceCandidate[] = [];
    for (const c of items) {
      const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
      const usable = c.options.filter((o) => !o.place.weak || c.source !== 'name' || c.cue === o.place.kind || locative || supportOf(o) >= 1);
      if (!usable.length) continue;
      const ranked = [...usable].sort(
        (a, b) =>
          cueScore(b, c.cue) - cueScore(a, c.cue) ||
          supportOf(b) - supportOf(a) ||
          viaScore(a) - viaScore(b) ||
          KIND_PRIOR[a.place.kind] - KIND_PRIOR[b.place.kind] ||
          a.place.rank - b.place.rank,
      );
      c.place = ranked[0]!.place;
      out.push(c);
    }
    return out;
  },
};

const cueScore = (o: NameOption, cue: KindCue | undefined) => (cue && o.place.kind === cue ? 1 : 0);
const viaScore = (o: NameOption) => (o.via === 'name' ? 0 : 1);

function kindCue(text: string, start: number, end: number): KindCue | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 30);
  if (CITY_BEFORE.test(before) || CITY_AFTER.test(after)) return 'city';
  if (REGION_BEFORE.test(before) || REGION_AFTER.test(after)) return 'region';
  if (COUNTRY_BEFORE.test(before)) return 'country';
  return undefined;
}
