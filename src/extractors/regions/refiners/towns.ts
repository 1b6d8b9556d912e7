import { foldName } from '../../../language/fold.js';
import { CONTINENTS, DIRECTIONS, PLACE_PREPOSITIONS } from '../../../language/places.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../language/calendar.js';
import { ORG_HEADS, PARTY_PLURALS, STANDALONE_BODIES } from '../../../language/organizations.js';
import type { Refiner } from '../../framework.js';
import { nameOption } from '../gazetteer.js';
import { CAP_WORD, FUNCTION_WORDS, looksAdjectival, patternOnFirstUse, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';
import { townNameOpensWith, townsNamed, type Town } from '../towns.js';
import { namedAsPerson } from './person-names.js';
import { occurrencesIn } from '../../../document/occurrences.js';

// Where a town is expected: after a preposition of place, or a direction and "of". Written out in
// both cases (a case-blind pattern is slower to scan), after the space or line break before them,
// which the scan looks for first (a cue opening the text is not read).
const CUE_WORDS = [...PLACE_PREPOSITIONS, ...DIRECTIONS.map((d) => `${d} of`)];
const CUE = new RegExp(String.raw`[\s"“(](?<cue>${[...CUE_WORDS, ...CUE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('|')}) (?=\p{Lu})`, 'gu');
const nameAt = patternOnFirstUse(String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,2}`, 'uy');
const LETTER = /[\p{L}\p{M}]/u;
const CAPITAL_OR_POSSESSIVE_NEXT = /^(?: \p{Lu}|['’]s(?![\p{L}\p{M}]))/u;
// "according to Gallup" names a source, not a destination
const ACCORDING = /according$/i;
const SHOUTED = /^\p{Lu}{2,}$/u;
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** A capitalised name where a town is expected, and the towns it may be. */
interface Spot {
  start: number;
  end: number;
  towns: Town[];
}

/**
 * Populations: a town of `large` or more is taken after a preposition of place though the article
 * names nothing around it ("in Chester"); one under `small` needs its region named, not only its country.
 */
const TOWN_SIZE = { large: 50_000, small: 5_000 } as const;
/** Distinct names read in one article at most: each is a scan of the whole text, so a text of such names stays linear. */
const MAX_NAMES = 256;
/** The most towns a name may have and still support the others of its region. */
const FEW_TOWNS = 2;

/**
 * Towns the gazetteer leaves out (data/towns.tsv: GeoNames places of 1,000 people or more), taken
 * where a town is expected ("in Moycullen", "north of Parry Sound") and only when the article
 * supports it: another place in the town's first-level region (or another such town there), or
 * in its country for a town of 5,000 or more; a town of 50,000 or more needs none where the article
 * names no other place or no other town bears its name. The file
 * is read on the first name that needs it. Every other mention of a town taken is added.
 */
export const townsRefiner: Refiner<PlaceCandidate> = {
  name: 'towns',
  refine(items, { text }) {
    // one byte a character: 1 where a candidate stands
    const taken = new Uint8Array(text.length);
    for (const c of items) taken.fill(1, c.start, c.end);
    const spots = spotsIn(text, taken);
    if (!spots.length) return items;
    const support = supportIn(items, spots);
    const hasPlaces = items.some((c) => c.place?.cc);
    const added: PlaceCandidate[] = [];
    for (const s of spots) {
      let best: Town | undefined;
      for (const t of s.towns) if (!best || support(t) > support(best) || (support(t) === support(best) && t.population > best.population)) best = t;
      if (!best || !supported(best, support(best), hasPlaces, s.towns.length === 1)) continue;
      for (const at of mentionsOf(text, text.slice(s.start, s.end), taken)) {
        const candidate = placeCandidate(at, at + s.end - s.start, text.slice(s.start, s.end), [nameOption(best.place, 'name')], 'name', 'city');
        candidate.place = best.place;
        added.push(candidate);
      }
    }
    return added.length ? [...items, ...added].sort((a, b) => a.start - b.start) : items;
  },
};

/**
 * How the article supports a town: 2 when another place it names is in the town's first-level
 * region, or another town of few namesakes there ("Athenry … Moycullen … Tuam"; the many
 * Springfields and Franklins share a state by chance); 1 when a place is in its country; else 0.
 */
function supportIn(items: readonly PlaceCandidate[], spots: readonly Spot[]): (t: Town) => number {
  const countries = new Set<string>();
  const regions = new Set<string>();
  for (const c of items) {
    if (!c.place?.cc) continue;
    countries.add(c.place.cc);
    if (c.place.kind !== 'country' && c.place.admin) regions.add(`${c.place.cc}|${c.place.admin}`);
  }
  const named = new Map<string, Set<string>>();
  for (const s of spots) {
    if (s.towns.length > FEW_TOWNS) continue;
    for (const t of s.towns) named.set(`${t.place.cc}|${t.place.admin}`, (named.get(`${t.place.cc}|${t.place.admin}`) ?? new Set()).add(t.place.key));
  }
  return (t) => {
    const region = `${t.place.cc}|${t.place.admin}`;
    return regions.has(region) || (named.get(region)?.size ?? 0) >= 2 ? 2 : countries.has(t.place.cc) ? 1 : 0;
  };
}

/** Whether a town with this support is taken: see townsRefiner. */
function supported(town: Town, support: number, articleHasPlaces: boolean, onlyTownSoNamed: boolean): boolean {
  if (town.common) return false;
  if (support === 2) return !town.place.weak || town.population >= TOWN_SIZE.small;
  if (support === 1) return !town.place.weak && town.population >= TOWN_SIZE.small;
  // "in Hartlepool" beside a misread "Cleveland": a large town no other town shares its name with needs no support
  return town.population >= TOWN_SIZE.large && (!articleHasPlaces || (onlyTownSoNamed && !town.place.weak));
}

/** The capitalised names after a cue that no candidate covers and that name towns. */
function spotsIn(text: string, taken: Uint8Array): Spot[] {
  const spots: Spot[] = [];
  // each name is read as a person's once an article: the check scans the whole text
  const people = new Map<string, boolean>();
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    if (taken[start] || ((m.groups!.cue === 'to' || m.groups!.cue === 'To') && ACCORDING.test(text.slice(Math.max(0, m.index - 10), m.index)))) continue;
    const run = runAt(nameAt, text, start);
    if (!run) continue;
    const words = run[0].split(' ');
    const first = words[0]!.toLowerCase();
    if (FUNCTION_WORDS.has(first) || CALENDAR.has(first) || !townNameOpensWith(foldName(words[0]!))) continue;
    // "in Congress", "to Republican voters", "in Asia", "BRAZIL": a body, a party, a continent or a shout, though a town bears the name
    if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) || STANDALONE_BODIES.has(w.toLowerCase()) || PARTY_PLURALS.has(`${w.toLowerCase()}s`) || SHOUTED.test(w))) continue;
    if ((words.length === 1 && looksAdjectival(words[0]!)) || words.some((w) => CONTINENTS.has(w.toLowerCase()))) continue;
    for (let n = words.length; n >= 1; n--) {
      const end = start + words.slice(0, n).join(' ').length;
      if (taken.subarray(start, end).includes(1) || CAPITAL_OR_POSSESSIVE_NEXT.test(text.slice(end, end + 3))) continue;
      const towns = townsNamed(foldName(text.slice(start, end)));
      if (towns.length) {
        const name = text.slice(start, end);
        let person = people.get(name);
        // after a preposition of place a verb does not make it a person ("People in Fort Pierce said …")
        if (person === undefined && people.size < MAX_NAMES) people.set(name, (person = namedAsPerson(text, name.split(' '))));
        if (person === false) spots.push({ start, end, towns });
        break;
      }
    }
  }
  return spots;
}

/** Where `name` stands as a whole name that no candidate covers yet; marks each as taken. */
function mentionsOf(text: string, name: string, taken: Uint8Array): number[] {
  const out: number[] = [];
  const occurrences = occurrencesIn(text);
  for (let at = occurrences.indexOf(name); at >= 0; at = occurrences.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '') || taken.subarray(at, end).includes(1)) continue;
    if (CAPITAL_OR_POSSESSIVE_NEXT.test(text.slice(end, end + 3))) continue;
    taken.fill(1, at, end);
    out.push(at);
  }
  return out;
}
