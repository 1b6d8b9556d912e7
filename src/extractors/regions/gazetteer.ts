import fs from 'node:fs';
import type { RegionKind } from '../../record/types.js';
import { GAZETTEER_FILE } from '../../paths.js';
import { foldName } from '../../language/fold.js';
import { readEntries } from '../../language/word-file.js';

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
  /** The place's GeoNames id, where the sources give it. */
  geonameId: number | undefined;
  /** A city's latitude and longitude (GeoNames), rounded to four decimals. */
  lat: number | undefined;
  lon: number | undefined;
  /** The GeoNames code of the first-level region a city or region is in ("KS", "26"), or ''. */
  admin: string;
}

/** Every place is made here, all fields in one order: one object shape for the code that reads places. */
export function makePlace(key: string, name: string, kind: RegionKind, cc: string, weak: boolean, rank: number, where: Pick<Place, 'geonameId' | 'lat' | 'lon' | 'admin'> = NOWHERE): Place {
  return { key, name, kind, cc, weak, rank, geonameId: where.geonameId, lat: where.lat, lon: where.lon, admin: where.admin };
}
const NOWHERE = { geonameId: undefined, lat: undefined, lon: undefined, admin: '' };

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

/**
 * Every name option is made here, all fields set in one order: one object shape, so the parsers that
 * filter options stay optimised (options with and without `exact` or `misfit` were shapes of their own).
 */
export function nameOption(place: Place, via: 'name' | 'base', exact?: string, misfit?: boolean): NameOption {
  return { place, via, exact, misfit };
}

/** What the extractors ask of a table of names: a lookup, never a change. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

export interface Gazetteer {
  /** Folded name → the places it may name on its own (none for "South America", "Middle East"). */
  byName: Lookup<NameOption[]>;
  /** Folded region base ("smolensk", "kharkov") → regions it names with a designator word. */
  byBase: Lookup<Place[]>;
  /** Folded prefixes of multi-word names, so a scan can stop early. */
  prefixes: { has(key: string): boolean };
  /** Folded first words of every name, so most capitalised words are rejected at once. */
  firstWords: Iterable<string> & { has(key: string): boolean };
  /**
   * 1 at each ASCII trigram (asciiTrigram) that opens a first word. A word that opens with three
   * ASCII letters folds to a key opening with the same three letters in lower case, so when its
   * trigram is not here the word is no first word: most capitalised words are rejected on it.
   */
  firstTrigrams: Uint8Array;
  maxWords: number;
  /** Folded demonyms ("german", "thai"): never a place's name on their own. */
  demonyms: Set<string>;
  countryName(cc: string): string | undefined;
}

/** [cc, name, aliases, weak, GeoNames id] */
type CountryRow = [string, string, string[], number, number?];
/** [cc, name, bases, aliases, bare, weak, GeoNames id, admin code] */
type RegionRow = [string, string, string[], string[], number, number, number?, string?];
/** [cc, name, aliases, status, weak, GeoNames id, latitude, longitude, admin code]; curated towns have no id */
type CityRow = [string, string, string[], number, number, number?, number?, number?, string?];
export interface GazetteerFile {
  countries: CountryRow[];
  regions: RegionRow[];
  cities: CityRow[];
  adjectives: string[];
  nonPlaces: string[];
  /** The lookup tables buildGazetteer makes from the rows, precomputed by scripts/build-gazetteer.mjs. */
  index?: GazetteerIndex;
}

/**
 * buildGazetteer's tables, precomputed by scripts/build-gazetteer.mjs and stored last in the file,
 * so that start-up need not read the rows nor fold ten thousand names. Everything is in a few long
 * strings, one entry a line, because parsing ten thousand small arrays costs a first record much of
 * its time (docs/language.md); entries are decoded when a lookup first asks for them. Places are
 * numbered countries, then cities, then regions. The index is written in ASCII (\u escapes).
 */
export interface GazetteerIndex {
  /**
   * Where `,"index":` starts in the file, in bytes, i.e. the UTF-8 length of the rows' JSON: a hand
   * edit of the rows that changes it (an alias added) makes the loader build from the rows instead.
   */
  rowsBytes?: number;
  /** How many places of each kind: countries, cities, regions. */
  counts: [number, number, number];
  /**
   * One line a place, by number: `cc TAB name TAB weak (0|1) TAB rank TAB folded name TAB GeoNames id TAB
   * latitude TAB longitude TAB admin code`; the folded name is empty when it is the name in lower case,
   * and the fields the sources do not give are empty (trailing empty fields left out).
   */
  places: string;
  /**
   * Every folded key a lookup knows (names, bases, their prefixes and first words), one a line; the
   * first words come first, so that listing them is a slice.
   */
  keys: string;
  /** How many of the keys are first words. */
  firstWords: number;
  /** The gazetteer's firstTrigrams in base64 (26³ bytes), precomputed, so that start-up skips a loop over every first word. */
  firstTrigrams: string;
  /**
   * For the key on the same line of `keys`: `flags|names|bases`. Flags add up NAME (a key of byName,
   * even with no options: a non-place), PREFIX and FIRST_WORD. Names: comma-separated options, each
   * place number × 2 (+1 when reached via a base), with `:exact` for an acronym alias. Bases:
   * comma-separated place numbers.
   */
  values: string;
  maxWords: number;
  /** The demonyms (the rows' adjectives), one a line. */
  demonyms: string;
}

const NAME = 1;
const PREFIX = 2;
const FIRST_WORD = 4;

/** Lower-cased code of three ASCII letters at `at` (0 … 26³-1), or -1 when they are not all ASCII letters. */
export function asciiTrigram(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + 3; i++) {
    const c = text.charCodeAt(i) | 32; // NaN past the end gives 32
    if (c < 97 || c > 122) return -1;
    key = key * 26 + (c - 97);
  }
  return key;
}

function trigramsOf(firstWords: Iterable<string>): Uint8Array {
  const table = new Uint8Array(26 * 26 * 26);
  for (const w of firstWords) {
    const k = asciiTrigram(w, 0);
    if (k >= 0) table[k] = 1;
  }
  return table;
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,4}$/u.test(s);

/**
 * Rank bands of cities: capitals below `major`; regional capitals and cities of a million below
 * `large`; cities of 300,000 below `other`; smaller towns above.
 */
export const CITY_RANK = { major: 100_000, large: 200_000, other: 300_000 } as const;

let cached: Gazetteer | undefined;

const INDEX_MARK = ',"index":';

/** data/gazetteer.json at the project root, as bytes: the one reader of the file. */
export function readGazetteerFile(): Buffer {
  return fs.readFileSync(GAZETTEER_FILE);
}

/** The gazetteer, read once per process from data/gazetteer.json at the project root. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    // Read as bytes and decode only the index at the end: the rows before it are for the generator,
    // the tests and a rebuild, and decoding and parsing them would cost more than all the rest.
    const bytes = readGazetteerFile();
    const at = bytes.lastIndexOf(INDEX_MARK);
    const index = at < 0 ? undefined : (JSON.parse(bytes.toString('utf8', at + INDEX_MARK.length, bytes.lastIndexOf('}'))) as Partial<GazetteerIndex>);
    cached =
      index?.rowsBytes === at && typeof index.keys === 'string' && typeof index.firstTrigrams === 'string'
        ? fromIndex(index as GazetteerIndex)
        : buildGazetteer(JSON.parse(bytes.toString('utf8')) as GazetteerFile);
  }
  return cached;
}

/**
 * The rows with the curated towns of data/language/places.txt added (`cc TAB name TAB aliases`, the
 * aliases comma-separated): those the sources miss. A town the rows already have is left as it is.
 * scripts/build-gazetteer.mjs adds them before it indexes the rows.
 */
export function withCuratedPlaces(file: GazetteerFile, entries: string[][] = readEntries('places')): GazetteerFile {
  const have = new Set(file.cities.map(([cc, name]) => `${cc}|${foldName(name)}`));
  const added: CityRow[] = [];
  for (const [cc, name, aliases] of entries) {
    if (!cc || !name || have.has(`${cc}|${foldName(name)}`)) continue;
    have.add(`${cc}|${foldName(name)}`);
    added.push([cc, name, aliases ? aliases.split(',').map((a) => a.trim()) : [], 0, 0]);
  }
  return added.length ? { ...file, cities: [...file.cities, ...added] } : file;
}

/** The gazetteer built from the rows alone, as the loader does when the index is missing or stale. */
export function gazetteerFromRows(file: GazetteerFile): Gazetteer {
  return buildGazetteer(file);
}

/** Every place of the rows, numbered as the index numbers them. */
function placesOf(file: GazetteerFile): Place[] {
  const places: Place[] = [];
  const place = (kind: RegionKind, cc: string, name: string, weak: number, rank: number, geonameId?: number, lat?: number, lon?: number, admin?: string): Place => {
    const p = makePlace(`${kind}|${cc}|${foldName(name)}`, name, kind, cc, weak === 1, rank, { geonameId: geonameId || undefined, lat, lon, admin: admin ?? '' });
    places.push(p);
    return p;
  };
  file.countries.forEach(([cc, name, , weak, id], i) => place('country', cc, name, weak, i, id));
  file.cities.forEach(([cc, name, , status, weak, id, lat, lon, admin], i) => {
    const rank = (status === 1 ? 0 : status === 2 || status === 3 ? CITY_RANK.major : status === 4 ? CITY_RANK.large : CITY_RANK.other) + i;
    place('city', cc, name, weak, rank, id, lat, lon, admin);
  });
  file.regions.forEach(([cc, name, , , , weak, id, admin], i) => place('region', cc, name, weak, CITY_RANK.other + 100_000 + i, id, undefined, undefined, admin));
  return places;
}

/** The lines of a precomputed index, each decoded when first asked for. */
interface IndexLines {
  /** The place of a number, one object per place. */
  placeAt(n: number): Place;
  /** A key's flags (NAME, PREFIX, FIRST_WORD); 0 for a key the index does not know. */
  flagsOf(key: string): number;
  /** The names (part 1) or bases (part 2) field of a key's line, or undefined when empty. */
  fieldOf(key: string, part: 1 | 2): string | undefined;
  keys: string[];
}

function indexLines(index: GazetteerIndex): IndexLines {
  const [countries, cities] = index.counts;
  const placeLines = index.places.split('\n');
  const places: Place[] = [];
  const placeAt = (n: number): Place => {
    let p = places[n];
    if (!p) {
      const [cc, name, weak, rank, folded, id, lat, lon, admin] = placeLines[n]!.split('\t') as [string, string, string, string, string?, string?, string?, string?, string?];
      const kind: RegionKind = n < countries ? 'country' : n < countries + cities ? 'city' : 'region';
      const where = { geonameId: id ? Number(id) : undefined, lat: lat ? Number(lat) : undefined, lon: lon ? Number(lon) : undefined, admin: admin ?? '' };
      p = makePlace(`${kind}|${cc}|${folded || name.toLowerCase()}`, name, kind, cc, weak === '1', Number(rank), where);
      places[n] = p;
    }
    return p;
  };
  const keys = index.keys.split('\n');
  const values = index.values.split('\n');
  const line = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) line.set(keys[i]!, i);
  const flagsOf = (key: string) => {
    const i = line.get(key);
    return i === undefined ? 0 : values[i]!.charCodeAt(0) - 48;
  };
  const fieldOf = (key: string, part: 1 | 2): string | undefined => {
    const i = line.get(key);
    if (i === undefined) return undefined;
    const v = values[i]!;
    const bar = v.indexOf('|', 2);
    const field = part === 1 ? v.slice(2, bar) : v.slice(bar + 1);
    return field || undefined;
  };
  return { placeAt, flagsOf, fieldOf, keys };
}

/** byName over an index: a key's options, decoded once and then the same list every time. */
function nameLookup({ placeAt, flagsOf, fieldOf }: IndexLines): Lookup<NameOption[]> {
  const nameOptions = new Map<string, NameOption[]>();
  return {
    has: (key) => (flagsOf(key) & NAME) !== 0,
    get(key) {
      let options = nameOptions.get(key);
      if (options) return options;
      if (!(flagsOf(key) & NAME)) return undefined;
      // pushed, not mapped: the parsers that filter options stay optimised on one elements kind
      options = [];
      for (const o of fieldOf(key, 1)?.split(',') ?? []) {
        const colon = o.indexOf(':');
        const n = Number(colon < 0 ? o : o.slice(0, colon));
        options.push(nameOption(placeAt(n >> 1), n & 1 ? 'base' : 'name', colon >= 0 ? o.slice(colon + 1) : undefined));
      }
      nameOptions.set(key, options);
      return options;
    },
  };
}

/** byBase over an index, each key's regions decoded once. */
function baseLookup({ placeAt, fieldOf }: IndexLines): Lookup<Place[]> {
  const baseRegions = new Map<string, Place[]>();
  return {
    has: (key) => fieldOf(key, 2) !== undefined,
    get(key) {
      let regions = baseRegions.get(key);
      if (regions) return regions;
      const field = fieldOf(key, 2);
      if (field === undefined) return undefined;
      regions = field.split(',').map((n) => placeAt(Number(n)));
      baseRegions.set(key, regions);
      return regions;
    },
  };
}

/**
 * The gazetteer from its precomputed index: the same tables as buildGazetteer, answering from the
 * index's lines. A place, or a key's options, is decoded when first asked for and then kept, so each
 * place is one object and each lookup returns the same list every time, as buildGazetteer's do.
 */
function fromIndex(index: GazetteerIndex): Gazetteer {
  const lines = indexLines(index);
  const { placeAt, flagsOf, keys } = lines;
  const countries = index.counts[0];
  let countryNames: Map<string, string> | undefined;
  return {
    byName: nameLookup(lines),
    byBase: baseLookup(lines),
    prefixes: { has: (key) => (flagsOf(key) & PREFIX) !== 0 },
    firstWords: {
      has: (key) => (flagsOf(key) & FIRST_WORD) !== 0,
      [Symbol.iterator]: () => keys.slice(0, index.firstWords)[Symbol.iterator](),
    },
    firstTrigrams: new Uint8Array(Buffer.from(index.firstTrigrams, 'base64')),
    maxWords: index.maxWords,
    demonyms: new Set(index.demonyms ? index.demonyms.split('\n') : []),
    countryName(cc) {
      if (!countryNames) {
        countryNames = new Map();
        for (let n = 0; n < countries; n++) countryNames.set(placeAt(n).cc, placeAt(n).name);
      }
      return countryNames.get(cc);
    },
  };
}

/** The index of a gazetteer file's rows (what scripts/build-gazetteer.mjs writes into the file). */
export function gazetteerIndex(file: GazetteerFile): GazetteerIndex {
  const places = placesOf(file);
  const g = buildGazetteer(file, places);
  const number = new Map<Place, number>(places.map((p, i) => [p, i]));
  const numberOf = (p: Place) => number.get(p)!;
  const lines = new Map<string, { flags: number; names: string; bases: string }>();
  const lineOf = (key: string) => {
    let l = lines.get(key);
    if (!l) lines.set(key, (l = { flags: 0, names: '', bases: '' }));
    return l;
  };
  for (const [key, options] of g.byName) {
    lineOf(key).flags |= NAME;
    lineOf(key).names = options
      .map((o) => {
        if (o.misfit) throw new Error('gazetteer index: misfit options are not stored');
        const n = numberOf(o.place) * 2 + (o.via === 'base' ? 1 : 0);
        return o.exact === undefined ? String(n) : `${n}:${o.exact}`;
      })
      .join(',');
  }
  for (const [key, regions] of g.byBase) lineOf(key).bases = regions.map(numberOf).join(',');
  for (const key of g.prefixes) lineOf(key).flags |= PREFIX;
  for (const key of g.firstWords) lineOf(key).flags |= FIRST_WORD;
  for (const key of lines.keys()) if (!key || /[\n|]/.test(key)) throw new Error(`gazetteer index: cannot store the key ${JSON.stringify(key)}`);
  // first words first (a stable sort keeps the rest in order)
  const sorted = [...lines].sort(([, a], [, b]) => (b.flags & FIRST_WORD) - (a.flags & FIRST_WORD));
  return {
    counts: [file.countries.length, file.cities.length, file.regions.length],
    places: places
      .map((p) => {
        const folded = p.key.slice(p.key.indexOf('|', p.key.indexOf('|') + 1) + 1);
        const fields = [p.cc, p.name, p.weak ? 1 : 0, p.rank, folded !== p.name.toLowerCase() ? folded : '', p.geonameId ?? '', p.lat ?? '', p.lon ?? '', p.admin];
        if (fields.some((f) => /[\t\n]/.test(String(f)))) throw new Error(`gazetteer index: cannot store the place ${p.name}`);
        return fields.join('\t').replace(/\t+$/, '');
      })
      .join('\n'),
    keys: sorted.map(([key]) => key).join('\n'),
    firstWords: g.firstWords.size,
    firstTrigrams: Buffer.from(g.firstTrigrams).toString('base64'),
    values: sorted.map(([, l]) => `${l.flags}|${l.names}|${l.bases}`).join('\n'),
    maxWords: g.maxWords,
    demonyms: file.adjectives.join('\n'),
  };
}

interface BuiltGazetteer extends Gazetteer {
  byName: Map<string, NameOption[]>;
  byBase: Map<string, Place[]>;
  prefixes: Set<string>;
  firstWords: Set<string>;
}

function buildGazetteer(file: GazetteerFile, places: Place[] = placesOf(file)): BuiltGazetteer {
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
    list.push(name.length <= 8 && isAcronym(name) ? nameOption(option.place, option.via, name.replace(/\.$/, ''), option.misfit) : option);
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
    for (const n of [name, ...aliases]) addName(n, nameOption(p, 'name'));
  });
  file.cities.forEach(([, name, aliases]) => {
    const p = places[next++]!;
    for (const n of [name, ...aliases]) addName(n, nameOption(p, 'name'));
  });
  file.regions.forEach(([, name, bases, aliases, bare]) => {
    const p = places[next++]!;
    // bare 2: the name is a generic word ("Centre", "Capital") matched only with a designator
    for (const n of bare === 2 ? aliases : [name, ...aliases]) addName(n, nameOption(p, 'name'));
    for (const b of bases) {
      const key = foldName(b);
      const list = byBase.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byBase.set(key, list);
      if (bare === 1) addName(b, nameOption(p, 'base'));
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

  return {
    byName,
    byBase,
    prefixes,
    firstWords,
    firstTrigrams: trigramsOf(firstWords),
    maxWords,
    demonyms: new Set(file.adjectives),
    countryName: (cc) => countries.get(cc),
  };
}
