// Joins the officials of many articles into people. Two officials are one person when their
// surnames have one transliteration key, their given names fit (same key, or an initial), and
// nothing they hold conflicts: a different office or a different affiliation keeps them apart.
import type { Official } from '../record/types.js';
import { givenRelation, parsePersonName, placeKey, placeKeyRelation, titleWords, titleWordsRelation, type PersonName, type Relation } from './keys.js';

/** One official as one article reports it. */
export interface OfficialOccurrence {
  article: number;
  official: Official;
  name: PersonName;
}

/** A person: the reports joined so far, and the distinct facts they give (compared, not the reports). */
export class PersonCluster {
  readonly members: OfficialOccurrence[] = [];
  readonly articles = new Set<number>();
  readonly surname: string;
  private readonly givens = new Map<string, PersonName>();
  private readonly affiliations = new Set<string>();
  private readonly titles = new Map<string, ReadonlySet<string>>();

  constructor(first: OfficialOccurrence) {
    this.surname = first.name.surname;
    this.add(first);
  }

  add(o: OfficialOccurrence): void {
    this.members.push(o);
    this.articles.add(o.article);
    if (o.name.given) this.givens.set(o.name.given, o.name);
    const aff = affiliationKey(o);
    if (aff) this.affiliations.add(aff);
    if (o.official.title) {
      const words = titleWords(o.official.title);
      this.titles.set([...words].sort().join(' '), words);
    }
  }

  givenRelation(name: PersonName): Relation {
    return bestRelation(this.givens.values(), (g) => givenRelation(g, name));
  }

  affiliationRelation(o: OfficialOccurrence): Relation {
    const key = affiliationKey(o);
    return key ? bestRelation(this.affiliations, (a) => placeKeyRelation(a, key)) : 'unknown';
  }

  titleRelation(o: OfficialOccurrence): Relation {
    if (!o.official.title) return 'unknown';
    const words = titleWords(o.official.title);
    return bestRelation(this.titles.values(), (t) => titleWordsRelation(t, words));
  }
}

const affKeys = new WeakMap<OfficialOccurrence, string>();
function affiliationKey(o: OfficialOccurrence): string {
  let k = affKeys.get(o);
  if (k === undefined) affKeys.set(o, (k = o.official.affiliation ? placeKey(o.official.affiliation) : ''));
  return k;
}

const RANK: Record<Relation, number> = { same: 3, compatible: 2, unknown: 1, conflict: 0 };

/** The best relation of a value to any of the cluster's values: one agreeing report is enough. */
function bestRelation<T>(values: Iterable<T>, rel: (v: T) => Relation): Relation {
  let best: Relation = 'unknown';
  let sawConflict = false;
  for (const v of values) {
    const r = rel(v);
    if (r === 'conflict') sawConflict = true;
    else if (RANK[r] > RANK[best]) best = r;
  }
  return best === 'unknown' && sawConflict ? 'conflict' : best;
}

interface Fit {
  score: number;
  /** True when only the surname speaks for the join (no given name, office or affiliation agree). */
  weak: boolean;
}

/** How well an occurrence fits a cluster; undefined when they must stay apart. */
export function fitOf(o: OfficialOccurrence, c: PersonCluster): Fit | undefined {
  if (c.surname !== o.name.surname) return undefined;
  if (c.articles.has(o.article)) return undefined; // the article already told them apart
  const g = c.givenRelation(o.name);
  if (g === 'conflict') return undefined;
  const a = c.affiliationRelation(o);
  if (a === 'conflict') return undefined;
  const t = c.titleRelation(o);
  // A new office under the same full name in the same body is a change of post, not another person.
  if (t === 'conflict' && !(g === 'same' && (a === 'same' || a === 'compatible'))) return undefined;
  const score = (g === 'same' ? 4 : g === 'compatible' ? 2 : 0) + (a === 'same' ? 3 : a === 'compatible' ? 2 : 0) + (t === 'same' ? 1 : 0);
  return { score, weak: g !== 'same' && a === 'unknown' && t !== 'same' };
}

/** How much an occurrence says about who it is; the richer ones seed the clusters. */
function richness(o: OfficialOccurrence): number {
  return (o.name.given !== '' ? (o.name.givenIsInitial ? 2 : 4) : 0) + (o.official.affiliation ? 2 : 0) + (o.official.title ? 1 : 0);
}

/** The people found, and an index by surname key to look speakers up. */
export interface People {
  clusters: PersonCluster[];
  bySurname: Map<string, PersonCluster[]>;
}

/**
 * Clusters occurrences into people, in a deterministic order: richest reports first, each joining
 * the best fitting cluster. A report that fits only by surname joins a cluster only when exactly
 * one cluster fits it, so a bare "Smith" never decides between two Smiths.
 */
export function clusterPeople(occurrences: OfficialOccurrence[]): People {
  const order = occurrences.map((o, i) => ({ o, i })).sort((x, y) => richness(y.o) - richness(x.o) || x.i - y.i);
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  for (const { o } of order) {
    const pool = bySurname.get(o.name.surname) ?? [];
    let best: { c: PersonCluster; fit: Fit } | undefined;
    let fitting = 0;
    for (const c of pool) {
      const fit = fitOf(o, c);
      if (!fit) continue;
      fitting++;
      if (!best || fit.score > best.fit.score) best = { c, fit };
    }
    if (best && !(best.fit.weak && fitting > 1)) best.c.add(o);
    else {
      const c = new PersonCluster(o);
      clusters.push(c);
      pool.push(c);
      bySurname.set(o.name.surname, pool);
    }
  }
  // Report people in the order their first report appears.
  for (const c of clusters) c.members.sort((x, y) => x.article - y.article);
  clusters.sort((x, y) => x.members[0]!.article - y.members[0]!.article);
  return { clusters, bySurname };
}

/**
 * The person a quote's speaker names: the cluster of an official of the same article with a
 * fitting name, else the only cluster whose name fits anywhere; undefined when none or several do.
 */
export function clusterOfSpeaker(speaker: string, article: number, people: People): PersonCluster | undefined {
  const name = parsePersonName(speaker);
  if (!name) return undefined;
  const fitting = (people.bySurname.get(name.surname) ?? []).filter((c) => c.givenRelation(name) !== 'conflict');
  const local = fitting.filter((c) => c.articles.has(article));
  if (local.length === 1) return local[0];
  return fitting.length === 1 ? fitting[0] : undefined;
}
