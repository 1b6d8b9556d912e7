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
}

export interface Gazetteer {
  /** Folded name → the places it may name on its own. */
  byName: Map<string, NameOption[]>;
  /** Folded region base ("smolensk", "kharkov") → regions it names with a designator word. */
  byBase: Map<string, Place[]>;
  /** Folded prefixes of multi-word names, so a scan can stop early. */
  prefixes: Set<string>;
  maxWords: number;
  countryName(cc: string): string | undefined;
}

type CountryRow = [string, string, string[], number];
type RegionRow = [string, string, string[], string[], number, number];
type CityRow = [string, string, string[], number, number];
interface GazetteerFile {
  countries: CountryRow[];
  regions: RegionRow[];
  cities: CityRow[];
}

/** The key every name is compared by: no diacritics, one apostrophe, lower case, single spaces. */
export function foldName(s: string): string {
  let out = s;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(out)) out = out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ`]/g, "'");
  return out.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,4}$/u.test(s);

let cached: Gazetteer | undefined;

/** The gazetteer, read once per process from data/gazetteer.json at the project root. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const file = JSON.parse(fs.readFileSync(new URL('../../../data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
    cached = buildGazetteer(file);
  }
  return cached;
}

function buildGazetteer(file: GazetteerFile): Gazetteer {
  const byName = new Map<string, NameOption[]>();
  const byBase = new Map<string, Place[]>();
  const prefixes = new Set<string>();
  const countries = new Map<string, string>();
  let maxWords = 1;

  const addName = (name: string, option: NameOption) => {
    const key = foldName(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (list.some((o) => o.place === option.place)) return;
    list.push(isAcronym(name) ? { ...option, exact: name.replace(/\.$/, '') } : option);
    byName.set(key, list);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
  };
  const place = (kind: RegionKind, cc: string, name: string, weak: number, rank: number): Place => ({
    key: `${kind}|${cc}|${foldName(name)}`,
    name,
    kind,
    cc,
    weak: weak === 1,
    rank,
  });

  file.countries.forEach(([cc, name, aliases, weak], i) => {
    countries.set(cc, name);
    const p = place('country', cc, name, weak, i);
    for (const n of [name, ...aliases]) addName(n, { place: p, via: 'name' });
  });
  file.cities.forEach(([cc, name, aliases, status, weak], i) => {
    const rank = (status === 1 ? 0 : status === 2 ? 100_000 : 200_000) + i;
    const p = place('city', cc, name, weak, rank);
    for (const n of [name, ...aliases]) addName(n, { place: p, via: 'name' });
  });
  file.regions.forEach(([cc, name, bases, aliases, bare, weak], i) => {
    const p = place('region', cc, name, weak, 300_000 + i);
    for (const n of [name, ...aliases]) addName(n, { place: p, via: 'name' });
    for (const b of bases) {
      const key = foldName(b);
      const list = byBase.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      byBase.set(key, list);
      if (bare) addName(b, { place: p, via: 'base' });
    }
    // the canonical name's own base ("Smolensk" of "Smolensk Region") is a base too
    const own = foldName(name.replace(/ Region$/, ''));
    if (!byBase.has(own)) byBase.set(own, [p]);
  });

  return { byName, byBase, prefixes, maxWords, countryName: (cc) => countries.get(cc) };
}
