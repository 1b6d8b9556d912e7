import { alternation } from '../../../language/alternation.js';
import { PERSON_VERBS } from '../../../language/speech.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../../language/titles.js';
import type { Refiner } from '../../framework.js';
import type { RegionKind } from '../../../record/types.js';
import { CITY_RANK, type NameOption, type Place } from '../gazetteer.js';
import type { KindCue, PlaceCandidate } from '../candidate.js';

// What the words around a bare name say it is.
const CITY_BEFORE = /\b(?:city|town|village|mayor|downtown|outskirts|centre|center|streets|suburbs?|residents|citizens|people) of (?:the )?$/i;
const CITY_AFTER = /^(?:['’]s)? (?:city|mayor|city council|downtown|suburbs?|metropolitan)\b/i;
const REGION_BEFORE = /\b(?:governor|governorship|region|oblast|province|state|krai) of (?:the )?$/i;
const REGION_AFTER = /^(?:['’]s)? (?:Gov\.|Governor|governor|Lt\. Gov\.|[Rr]egional|region|oblast|province|Legislature|legislature|statehouse|state (?:senate|house|legislature|officials|law))(?![\p{L}\p{M}])/u;
const COUNTRY_BEFORE = /\b(?:country|nation|republic|former Soviet republic) of (?:the )?$/i;
const PERSON_AROUND = new RegExp(`^(?:['’]s (?:wife|husband|son|daughter|mother|father|family|lawyer|attorney|campaign|office|spokesman|spokeswoman))?,? (?:${alternation(PERSON_VERBS)})\\b`);
const TITLE_BEFORE = new RegExp(`\\b(?:${alternation([...HONORIFICS.keys(), ...TITLE_ABBREVIATIONS.keys()].map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\.? $`);
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|to|into|across|outside|inside|throughout|around|toward|towards|via|visited|visit|visiting)(?: the)? $/i;

// the verb right after the name, no comma between ("Arroyo added"; "from Sumter, South Carolina, says" is a place)
const SPEAKS_RIGHT_AFTER = new RegExp(`^ (?:${alternation(PERSON_VERBS)})\\b`);
const LOCATIVE_OR_OF_BEFORE = /\b(?:of|in|at|near|from)(?: the)? $/i;

const KIND_PRIOR: Record<RegionKind, number> = { country: 0, city: 1, region: 2 };

/** Characters before a name read for a preposition of place ("throughout the "). */
const LOCATIVE_WINDOW = 16;
/** Characters after a name read for a verb of saying or a relation ("'s spokeswoman said"). */
const PERSON_AFTER_WINDOW = 24;
/** Characters before a name read for an honorific ("Sen. "). */
const TITLE_WINDOW = 8;
/** "McNairy County, Tennessee said": a region or country after a comma that locates the place before it, which speaks. */
function locatesPlaceBefore(c: PlaceCandidate, text: string, pairCcs: ReadonlyMap<PlaceCandidate, ReadonlySet<string>>): boolean {
  const before = pairCcs.get(c);
  if (before === undefined || text.slice(c.start - 2, c.start) !== ', ') return false;
  // a place the gazetteer does not know ("McNairy County") has no country to match
  const unknown = [...before].every((cc) => !cc);
  return c.options.some((o) => o.place.kind !== 'city' && (unknown || before.has(o.place.cc)));
}

/** Characters before and after a name read for a word saying what kind of place it is. */
const KIND_CUE_BEFORE_WINDOW = 40;
const KIND_CUE_AFTER_WINDOW = 30;

/**
 * Gives each candidate one place. The order of evidence: a kind cue next to the name ("the
 * mayor of Kherson", "Kherson's governor"); a containing place after a comma ("Atlanta,
 * Georgia"); the places the article names unambiguously (Georgia is the US state in an article
 * about Atlanta and Texas, the country in one about Tbilisi); prominence (a country or capital,
 * then a big city or a region's centre, then a region by its base name: bare "Kherson" is the
 * city, "Kherson region" the oblast); then countries before cities before regions, capitals and
 * bigger cities first. Weak names (Victoria, Chad, Reading) need evidence of their own.
 */
export const resolveRefiner: Refiner<PlaceCandidate> = {
  name: 'resolve-ambiguity',
  refine(items, doc) {
    const text = doc.text;
    // a cue matters only where there is a choice to make or a weak name to confirm
    for (const c of items) {
      if (c.source === 'name' && !c.cue && (c.options.length > 1 || c.options[0]!.place.weak)) c.cue = kindCue(text, c.start, c.end);
    }

    // Support for a country: the distinct places inside it that the article names unambiguously.
    // Naming the country itself confirms a weak name but does not rank readings: "U.S. officials"
    // in an article about Tbilisi must not make Georgia a US state.
    const inside = new Map<string, number>();
    const named = new Set<string>();
    const counted = new Set<string>();
    for (const c of items) {
      if (c.options.length !== 1) continue;
      const p = c.options[0]!.place;
      if (!p.cc || counted.has(p.key) || (p.weak && c.source === 'name')) continue;
      counted.add(p.key);
      if (p.kind === 'country') named.add(p.cc);
      else inside.set(p.cc, (inside.get(p.cc) ?? 0) + 1);
    }

    // "Atlanta, Georgia", "Victoria, Australia", "Portland, Maine": a place followed by a comma
    // and another place is inside it; each settles the other's country.
    const pairCcs = new Map<PlaceCandidate, Set<string>>();
    for (let i = 0; i + 1 < items.length; i++) {
      const a = items[i]!;
      const b = items[i + 1]!;
      if (b.start !== a.end + 2 || text.slice(a.end, b.start) !== ', ') continue;
      const aCcs = new Set(a.options.map((o) => o.place.cc));
      const bCcs = new Set(b.options.map((o) => o.place.cc));
      pairCcs.set(a, bCcs);
      pairCcs.set(b, aCcs);
    }

    const evidence: Evidence = { inside, named, counted, pairCcs };
    const out: PlaceCandidate[] = [];
    for (const c of items) {
      // "Arroyo added", "Man said": a bare name that speaks is a person, unless a country or a capital speaks
      // for its government; "Rep. King of New York said" is a place still
      if (c.source === 'name' && !c.options.some(speaksForGovernment) && SPEAKS_RIGHT_AFTER.test(text.slice(c.end, c.end + PERSON_AFTER_WINDOW))) {
        if (!LOCATIVE_OR_OF_BEFORE.test(text.slice(Math.max(0, c.start - LOCATIVE_WINDOW), c.start)) && !locatesPlaceBefore(c, text, pairCcs)) continue;
      }
      if (c.options.length === 1 && !c.options[0]!.place.weak) {
        c.place = c.options[0]!.place;
        out.push(c);
        continue;
      }
      // a function of its own: the closures of a choice are made only for the candidates that need one
      const place = chooseReading(c, text, evidence);
      if (!place) continue;
      c.place = place;
      out.push(c);
    }
    return out;
  },
};

/** What the article's other names say about a country: see resolveRefiner. */
interface Evidence {
  inside: Map<string, number>;
  named: Set<string>;
  counted: Set<string>;
  pairCcs: Map<PlaceCandidate, Set<string>>;
}

/** The place an ambiguous or weak candidate names, or undefined when none is usable. */
function chooseReading(c: PlaceCandidate, text: string, { inside, named, counted, pairCcs }: Evidence): Place | undefined {
  // support from places other than the readings of this very name ("Mykolayiv" elsewhere
  // is the city Mykolaiv, which must not vote for the oblast here)
  const own = c.options.filter((o) => o.place.kind !== 'country' && counted.has(o.place.key));
  const supportOf = (o: NameOption) => (inside.get(o.place.cc) ?? 0) - countIn(own, o.place.cc);

  const locative = LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.start - LOCATIVE_WINDOW), c.start));
  const pair = pairCcs.get(c);
  // A weak name needs evidence: a cue, a preposition of place, a containing place after a
  // comma, or other places of its country (of other countries, for a country), and then
  // never when it acts as a person ("Jackson said", "Mr. Lincoln").
  const amongCountries = (o: NameOption) => o.place.kind === 'country' && namesOtherThan(named, o.place.cc);
  const amongPlaces = (o: NameOption) => o.place.kind !== 'country' && (supportOf(o) >= 1 || named.has(o.place.cc));
  const speaker = PERSON_AROUND.test(text.slice(c.end, c.end + PERSON_AFTER_WINDOW)) || TITLE_BEFORE.test(text.slice(Math.max(0, c.start - TITLE_WINDOW), c.start));
  // a designator that is not the place's own ("Santa Cruz County" for a province) needs its country's support
  const fitting = c.options.filter((o) => !o.misfit || pair?.has(o.place.cc) || supportOf(o) >= 1 || named.has(o.place.cc));
  const usable = fitting.filter(
    (o) =>
      !o.place.weak ||
      c.source !== 'name' ||
      c.cue === o.place.kind ||
      locative ||
      pair?.has(o.place.cc) ||
      amongCountries(o) ||
      (!speaker && amongPlaces(o)),
  );
  if (!usable.length) return undefined;
  const pairScore = (o: NameOption) => (pair?.has(o.place.cc) ? 1 : 0);
  // the country merely being named breaks ties between places inside countries, but never
  // outweighs a country reading (Georgia stays the country next to "U.S. officials")
  const anyCountry = usable.some((o) => o.place.kind === 'country');
  const namedScore = (o: NameOption) => (!anyCountry && named.has(o.place.cc) ? 1 : 0);
  const better = (a: NameOption, b: NameOption) =>
    cueScore(b, c.cue) - cueScore(a, c.cue) ||
    pairScore(b) - pairScore(a) ||
    supportOf(b) - supportOf(a) ||
    prominence(a) - prominence(b) ||
    namedScore(b) - namedScore(a) ||
    KIND_PRIOR[a.place.kind] - KIND_PRIOR[b.place.kind] ||
    a.place.rank - b.place.rank;
  // the first of a stable sort by `better`, without sorting: the earliest option none beats
  let best = usable[0]!;
  for (let i = 1; i < usable.length; i++) if (better(usable[i]!, best) < 0) best = usable[i]!;
  return best.place;
}

/** A country or a capital: "Russia said", "Kyiv said" are their governments speaking. */
const speaksForGovernment = (o: NameOption) => o.place.kind === 'country' || (o.place.kind === 'city' && o.place.rank < CITY_RANK.major);

/** How many of the options are in the country cc: own.filter(…).length, without the array. */
function countIn(options: NameOption[], cc: string): number {
  let n = 0;
  for (const o of options) if (o.place.cc === cc) n++;
  return n;
}

/** [...named].some((c) => c !== cc), without the array: distinct codes, so two or more always hold another. */
function namesOtherThan(named: Set<string>, cc: string): boolean {
  return named.size > 1 || (named.size === 1 && !named.has(cc));
}

const cueScore = (o: NameOption, cue: KindCue | undefined) => (cue && o.place.kind === cue ? 1 : 0);
/**
 * How readily a bare name means this place: a country or a capital at once; a city of a million,
 * a region's centre or a region by its full name next; a region by its base ("Kherson" for the
 * oblast) level with a large city (the city then wins as the likelier bare reading); a small
 * town last, so "Sverdlovsk" is the Russian region, not the Ukrainian town.
 */
function prominence(o: NameOption): number {
  const p = o.place;
  if (p.kind === 'country') return 0;
  if (p.kind === 'city') return p.rank < CITY_RANK.major ? 0 : p.rank < CITY_RANK.large ? 1 : p.rank < CITY_RANK.other ? 2 : 3;
  return o.via === 'name' ? 1 : 2;
}

function kindCue(text: string, start: number, end: number): KindCue | undefined {
  const before = text.slice(Math.max(0, start - KIND_CUE_BEFORE_WINDOW), start);
  const after = text.slice(end, end + KIND_CUE_AFTER_WINDOW);
  if (CITY_BEFORE.test(before) || CITY_AFTER.test(after)) return 'city';
  if (REGION_BEFORE.test(before) || REGION_AFTER.test(after)) return 'region';
  if (COUNTRY_BEFORE.test(before)) return 'country';
  return undefined;
}
