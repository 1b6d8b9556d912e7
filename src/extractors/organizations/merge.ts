import type { Span } from '../../document/span.js';
import type { Mention, Organization } from '../../record/types.js';
import { KNOWN_ACRONYMS, NATIONAL_SOCIETIES, ONE_BODY_KEYS } from '../../language/organizations.js';
import { COUNTRY_NAMES, DEMONYMS } from '../../language/places.js';
import type { OrgCandidate } from './candidates.js';
import { ClusterIndex } from './cluster-index.js';

const NATIONAL_SOCIETY_KEY = new RegExp(`^(?<country>.+?) (?:${[...NATIONAL_SOCIETIES].map((n) => n.toLowerCase()).join('|')})$`);
const PRIORITY: Record<OrgCandidate['source'], number> = { 'defined-acronym': 5, named: 4, 'lowercase-ministry': 3, known: 2, acronym: 1 };

/**
 * The form two names of one body share: no "the", no country adjective or "of <country>",
 * "Defence" spelt "defense", "X Ministry" read as "Ministry of X".
 */
export function orgKey(name: string): { key: string; country?: string } {
  return orgKeyOf(name);
}

function orgKeyOf(name: string): { key: string; country?: string } {
  let s = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
  let country: string | undefined;
  // a country adjective of one or two words in front
  const words = s.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const c = DEMONYMS.get(words.slice(0, n).join(' '));
    if (c) {
      country = c;
      s = words.slice(n).join(' ');
      break;
    }
  }
  // "Kenya Red Cross": a country's name opens the society of a movement, which is the body the article means by "the Red Cross"
  if (!country) {
    const society = NATIONAL_SOCIETY_KEY.exec(s);
    if (society && COUNTRY_NAMES.has(society.groups!.country!)) {
      country = society.groups!.country;
      s = s.slice(society.groups!.country!.length + 1);
    }
  }
  const of = / of (?:the )?(?<country>[a-z .]+)$/.exec(s);
  if (of && COUNTRY_NAMES.has(of.groups!.country!)) {
    country ??= of.groups!.country;
    s = s.slice(0, of.index);
  }
  s = ONE_BODY_KEYS.get(s) ?? s;
  s = s.replace(/\bdefence\b/g, 'defense');
  const m = /^(?<domain>.+?) ministry$/.exec(s);
  if (m) s = `ministry of ${m.groups!.domain}`;
  return { key: s, country: country?.toLowerCase() };
}

/** A name in the key's spelling, its country kept: "the European Union" → "european union". */
function fullKey(name: string): string {
  return name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

function initialsOfKey(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w && !['of', 'and', 'the', 'for', 'on', '&'].includes(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

interface Cluster {
  key: string;
  country?: string;
  acronym?: string;
  fullInitials?: string;
  cands: OrgCandidate[];
  spans: Span[];
}

/**
 * Drops candidates inside a better one, then groups the rest by body: same key (and same country
 * when the article names one body of that kind for two countries), or an acronym and its expansion.
 */
export function mergeOrganizations(cands: OrgCandidate[], text: string): Organization[] {
  const sorted = [...cands].sort((a, b) => PRIORITY[b.source] - PRIORITY[a.source] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: OrgCandidate[] = [];
  const taken = new Uint8Array(text.length);
  const overlapsTaken = (s: Span) => {
    for (let i = s.start; i < s.end; i++) if (taken[i]) return true;
    return false;
  };
  for (const c of sorted) {
    if (overlapsTaken(c)) continue;
    kept.push(c);
    // the candidate, then its paired spans in a loop of their own: this loop meets one object shape
    taken.fill(1, c.start, c.end);
    if (c.pair) for (const s of c.pair) taken.fill(1, s.start, s.end);
  }
  kept.sort((a, b) => a.start - b.start);

  // keys and initials are pure functions of a name, asked for again and again by the cluster search below
  const keyMemo = new Map<string, { key: string; country?: string }>();
  const orgKey = (name: string) => {
    let k = keyMemo.get(name);
    if (!k) keyMemo.set(name, (k = orgKeyOf(name)));
    return k;
  };
  const initialsMemo = new Map<string, string>();
  const initialsOf = (key: string) => {
    let i = initialsMemo.get(key);
    if (i === undefined) initialsMemo.set(key, (i = initialsOfKey(key)));
    return i;
  };

  // which keys the article uses for more than one country
  const countriesByKey = new Map<string, Set<string>>();
  for (const c of kept) {
    const k = orgKey(c.name);
    if (!k.country) continue;
    const set = countriesByKey.get(k.key) ?? new Set();
    set.add(k.country);
    countriesByKey.set(k.key, set);
  }

  const clusters = new ClusterIndex<Cluster>(initialsOf);
  for (const c of kept) {
    const k = orgKey(c.name);
    const acr = c.acronym;
    const split = (countriesByKey.get(k.key)?.size ?? 0) > 1;
    const initials = initialsOf(k.key);
    const full = k.country ? initialsOf(fullKey(c.name)) : undefined;
    const fullInitials = full !== initials ? full : undefined;
    let cl = clusters.find({ key: k.key, country: k.country, acronym: acr, initials, fullInitials, split });
    if (!cl) {
      cl = { key: k.key, country: k.country, acronym: acr, fullInitials, cands: [], spans: [] };
      clusters.add(cl);
    }
    if (cl.acronym === undefined && acr !== undefined) clusters.setAcronym(cl, acr);
    cl.country ??= k.country;
    cl.cands.push(c);
    cl.spans.push({ start: c.start, end: c.end });
    if (c.pair) for (const s of c.pair) cl.spans.push(s);
  }

  return clusters.clusters.map((cl) => {
    const name = chooseName(cl);
    const mentions: Mention[] = dedupe(cl.spans)
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
    const org: Organization = { name, mentions };
    if (cl.acronym && cl.acronym !== name) org.acronym = cl.acronym;
    else if (cl.acronym) org.acronym = cl.acronym;
    return org;
  });
}

/**
 * The name as the article writes it, as an analyst would copy it: the expansion of an acronym,
 * else the first capitalised full name, else a lower-case ministry as written ("energy ministry"),
 * else what a well-known acronym stands for ("EU": European Union), else the acronym.
 * A country adjective stays: "Russian Defence Ministry" and "Ukrainian Air Force" are the names
 * readers know, and the Romanian and Ukrainian air forces of one article are two bodies.
 */
function chooseName(cl: Cluster): string {
  const defined = cl.cands.find((c) => c.source === 'defined-acronym' && c.name !== c.acronym);
  if (defined) return defined.name;
  // "the Red Cross … Kenya Red Cross": the national society the article means
  const society = NATIONAL_SOCIETIES.has(cl.cands[0]!.name) ? cl.cands.find((c) => c.name !== cl.cands[0]!.name && c.source === 'known') : undefined;
  if (society) return society.name;
  const named = cl.cands.find((c) => c.source === 'named' || c.source === 'known');
  if (named) return named.name;
  const lower = cl.cands.find((c) => c.source === 'lowercase-ministry');
  if (lower) return lower.name;
  // "EU" alone: the body a well-known acronym stands for
  return (cl.acronym && KNOWN_ACRONYMS.get(cl.acronym)) ?? cl.cands[0]!.name;
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
