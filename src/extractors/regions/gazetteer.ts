import fs from 'node:fs';
import type { RegionKind } from '../../record/types.js';

/** One place the gazetteer knows: a country, a first-level region or a major city. */
export interface Place {
  /** Stable key for grouping mentions: kind, country and folded name. */
  key: string;
  name: string;
  kind: RegionKind;
  /** ISO 3166-1 alpha-2 code; '' when unknown (places found by pattern only). */
  cc: string;
  /** Also an English word or a first name (Victoria, Chad, Reading): needs more evidence bare. */
  weak: boolean;
  /** Lower is more prominent: capitals, then regional capitals, then by population. */
  rank: number;
}

/** How a name in the text reaches a place: its own name or alias, or a region's base name. */
export interface NameOption {
  place: Place;
  via: 'name' | 'base';
  /** An acronym alias (US, UK, U.S.) matches only in exactly this case. */
  exact?: string;
  /**
   * The designator in the text is not this place's own ("Santa Cruz County" for Argentina's Santa Cruz
   * Province): taken only when the article's other places are in its country.
   */
  misfit?: boolean;
}

export interface Gazetteer {
  /** Folded name → the places it may name on its own (none for "South America", "Middle East"). */
  byName: Map<string, NameOption[]>;
  /** Folded region base ("smolensk", "kharkov") → regions it names with a designator word. */
  byBase: Map<string, Place[]>;
  /** Folded prefixes of multi-word names, so a scan can stop early. */
  prefixes: Set<string>;
  /** Folded first words of every name, so most capitalised words are rejected at once. */
  firstWords: Set<string>;
  maxWords: number;
  /** Folded demonyms ("german", "thai"): never a place's name on their own. */
  demonyms: Set<string>;
  countryName(cc: string): string | undefined;
}

type CountryRow = [string, string, string[], number];
type RegionRow = [string, string, string[], string[], number, number];
type CityRow = [string, string, string[], number, number];
interface GazetteerFile {
  countries: CountryRow[];
  regions: RegionRow[];
  cities: CityRow[];
  adjectives: string[];
  nonPlaces: string[];
  /** The lookup tables buildGazetteer makes from the rows, precomputed by scripts/build-gazetteer.mjs. */
  index?: GazetteerIndex;
}

/**
 * buildGazetteer's tables in JSON, so that start-up need not fold ten thousand names (about 45 ms
 * of a first record's 300 ms budget). Places are numbered countries, then cities, then regions.
 */
export interface GazetteerIndex {
  /** Checked against the rows, so an index left over from other rows is ignored, not trusted. */
  places: number;
  /**
   * Where `,"index":` starts in the file, i.e. the length of the rows' JSON: a hand edit of the rows
   * that changes it (an alias added) makes the loader build from the rows instead. Set by the script.
   */
  rowsChars?: number;
  /** Each place's folded name, by number, or 0 where it is just its name in lower case. */
  folded: (string | 0)[];
  /** [folded name, ...options]: an option is place number × 2 (+1 when reached via a base), or [that, exact]. */
  byName: [string, ...(number | [number, string])[]][];
  /** [folded base, ...place numbers]. */
  byBase: [string, ...number[]][];
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** foldName for one word without spaces, with a fast path for plain ASCII. */
export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return NON_ASCII.test(lower) ? foldName(lower) : lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** The key every name is compared by: no diacritics, one apostrophe, lower case, single spaces. */
export function foldName(s: string): string {
  let out = s.toLowerCase();
  if (NON_ASCII.test(out)) out = out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ`]/g, "'");
  if (/\s\s|[\t\n\r\u00a0]/.test(out)) out = out.replace(/\s+/g, ' ');
  // a dot ending an abbreviation or acronym is dropped ("St. Petersburg" → "st petersburg", "U.S." → "u.s")
  if (out.includes('.')) out = out.replace(/\.(?= |$)/g, '');
  return out.trim();
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,4}$/u.test(s);

/**
 * Rank bands of cities: capitals below `major`; regional capitals and cities of a million below
 * `large`; cities of 300,000 below `other`; smaller towns above.
 */
export const CITY_RANK = { major: 100_000, large: 200_000, other: 300_000 } as const;

let cached: Gazetteer | undefined;

/** The gazetteer, read once per process from data/gazetteer.json at the project root. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const text = fs.readFileSync(new URL('../../../data/gazetteer.json', import.meta.url), 'utf8');
    const file = JSON.parse(text) as GazetteerFile;
    const { index } = file;
    const current =
      index !== undefined &&
      index.places === file.countries.length + file.cities.length + file.regions.length &&
      index.rowsChars === text.lastIndexOf(',"index":');
    cached = current ? fromIndex(file, index) : buildGazetteer(file);
  }
  return cached;
}

const foldedKey = (kind: RegionKind, cc: string, name: string) => `${kind}|${cc}|${foldName(name)}`;

/** Every place of the rows, numbered as the index numbers them, with `key` from `keyOf`. */
function placesOf(file: GazetteerFile, keyOf: (kind: RegionKind, cc: string, name: string, n: number) => string): Place[] {
  const places: Place[] = [];
  const place = (kind: RegionKind, cc: string, name: string, weak: number, rank: number): Place => {
    const p: Place = { key: keyOf(kind, cc, name, places.length), name, kind, cc, weak: weak === 1, rank };
    places.push(p);
    return p;
  };
  file.countries.forEach(([cc, name, , weak], i) => place('country', cc, name, weak, i));
  file.cities.forEach(([cc, name, , status, weak], i) => {
    const rank = (status === 1 ? 0 : status === 2 || status === 3 ? CITY_RANK.major : status === 4 ? CITY_RANK.large : CITY_RANK.other) + i;
    place('city', cc, name, weak, rank);
  });
  file.regions.forEach(([cc, name, , , , weak], i) => place('region', cc, name, weak, CITY_RANK.other + 100_000 + i));
  return places;
}

/** The gazetteer from its precomputed index: the same tables as buildGazetteer, without folding a name. */
function fromIndex(file: GazetteerFile, index: GazetteerIndex): Gazetteer {
  const places = placesOf(file, (kind, cc, name, n) => `${kind}|${cc}|${index.folded[n] || name.toLowerCase()}`);
  const byName = new Map<string, NameOption[]>();
  const prefixes = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const [key, ...options] of index.byName) {
    let space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
    let words = 1;
    for (; space >= 0; space = key.indexOf(' ', space + 1), words++) prefixes.add(key.slice(0, space));
    // nonPlaces (no options) do not count towards maxWords, as in buildGazetteer
    if (options.length) maxWords = Math.max(maxWords, words);
    byName.set(
      key,
      options.map((o) => {
        const n = typeof o === 'number' ? o : o[0];
        const option: NameOption = { place: places[n >> 1]!, via: n & 1 ? 'base' : 'name' };
        if (typeof o !== 'number') option.exact = o[1];
        return option;
      }),
    );
  }
  const byBase = new Map<string, Place[]>();
  for (const [key, ...ns] of index.byBase) byBase.set(key, ns.map((n) => places[n]!));
  const countries = new Map<string, string>(file.countries.map(([cc, name]) => [cc, name]));
  return {
    byName,
    byBase,
    prefixes,
    firstWords,
    maxWords,
    demonyms: new Set(file.adjectives),
    countryName: (cc) => countries.get(cc),
  };
}

/** The index of a gazetteer file's rows (what scripts/build-gazetteer.mjs writes into the file). */
export function gazetteerIndex(file: GazetteerFile): GazetteerIndex {
  const places = placesOf(file, foldedKey);
  const g = buildGazetteer(file, places);
  const number = new Map<Place, number>(places.map((p, i) => [p, i]));
  const numberOf = (p: Place) => number.get(p)!;
  return {
    places: places.length,
    folded: places.map((p) => {
      const folded = p.key.slice(p.key.indexOf('|', p.key.indexOf('|') + 1) + 1);
      return folded === p.name.toLowerCase() ? 0 : folded;
    }),
    byName: [...g.byName].map(([key, options]) => [
      key,
      ...options.map((o) => {
        if (o.misfit) throw new Error('gazetteer index: misfit options are not stored');
        const n = numberOf(o.place) * 2 + (o.via === 'base' ? 1 : 0);
        return o.exact === undefined ? n : ([n, o.exact] as [number, string]);
      }),
    ]),
    byBase: [...g.byBase].map(([key, ps]) => [key, ...ps.map(numberOf)]),
  };
}

function buildGazetteer(file: GazetteerFile, places: Place[] = placesOf(file, foldedKey)): Gazetteer {
  const byName = new Map<string, NameOption[]>();
  const byBase = new Map<string, Place[]>();
  const prefixes = new Set<string>();
  const firstWords = new Set<string>();
  const countries = new Map<string, string>();
  let maxWords = 1;

  const addName = (name: string, option: NameOption) => {
    const key = foldName(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (list.some((o) => o.place === option.place)) return;
    list.push(name.length <= 8 && isAcronym(name) ? { ...option, exact: name.replace(/\.$/, '') } : option);
    byName.set(key, list);
    let space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
    let words = 1;
    for (; space >= 0; space = key.indexOf(' ', space + 1), words++) prefixes.add(key.slice(0, space));
    maxWords = Math.max(maxWords, words);
  };

  let next = 0;
  file.countries.forEach(([cc, name, aliases]) => {
    countries.set(cc, name);
    const p = places[next++]!;
    for (const n of [name, ...aliases]) addName(n, { place: p, via: 'name' });
  });
  file.cities.forEach(([, name, aliases]) => {
    const p = places[next++]!;
    for (const n of [name, ...aliases]) addName(n, { place: p, via: 'name' });
  });
  file.regions.forEach(([, name, bases, aliases, bare]) => {
    const p = places[next++]!;
    // bare 2: the name is a generic word ("Centre", "Capital") matched only with a designator
    for (const n of bare === 2 ? aliases : [name, ...aliases]) addName(n, { place: p, via: 'name' });
    for (const b of bases) {
      const key = foldName(b);
      const list = byBase.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byBase.set(key, list);
      if (bare === 1) addName(b, { place: p, via: 'base' });
    }
  });

  // names of no place of ours, listed so that a place inside them is not read alone
  for (const n of file.nonPlaces) {
    const key = foldName(n);
    if (byName.has(key)) continue;
    byName.set(key, []);
    let space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
    for (; space >= 0; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space));
  }

  return { byName, byBase, prefixes, firstWords, maxWords, demonyms: new Set(file.adjectives), countryName: (cc) => countries.get(cc) };
}
