// Joins the officials of many articles into people. Two officials are one person when their
// surnames have one transliteration key, their given names fit (same key, or an initial), and
// nothing they hold conflicts: a different office or a different affiliation keeps them apart.
import type { Official } from '../record/types.js';
import { affiliationRelation, givenRelation, parsePersonName, titleRelation, type PersonName, type Relation } from './keys.js';

/** One official as one article reports it. */
export interface OfficialOccurrence {
  article: number;
  official: Official;
  name: PersonName;
}

export interface PersonCluster {
  members: OfficialOccurrence[];
}

const RANK: Record<Relation, number> = { same: 3, compatible: 2, unknown: 1, conflict: 0 };

/** The best relation of a value to any of the cluster's values: one agreeing report is enough. */
function bestRelation<T>(values: T[], rel: (v: T) => Relation): Relation {
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
  if (c.members[0]!.name.surname !== o.name.surname) return undefined;
  if (c.members.some((m) => m.article === o.article)) return undefined; // the article already told them apart
  const g = bestRelation(c.members, (m) => givenRelation(m.name, o.name));
  if (g === 'conflict') return undefined;
  const a = bestRelation(c.members, (m) => affiliationRelation(m.official.affiliation, o.official.affiliation));
  if (a === 'conflict') return undefined;
  const t = bestRelation(c.members, (m) => titleRelation(m.official.title, o.official.title));
  // A new office under the same full name in the same body is a change of post, not another person.
  if (t === 'conflict' && !(g === 'same' && (a === 'same' || a === 'compatible'))) return undefined;
  const score = (g === 'same' ? 4 : g === 'compatible' ? 2 : 0) + (a === 'same' ? 3 : a === 'compatible' ? 2 : 0) + (t === 'same' ? 1 : 0);
  return { score, weak: g !== 'same' && a === 'unknown' && t !== 'same' };
}

/** How much an occurrence says about who it is; the richer ones seed the clusters. */
function richness(o: OfficialOccurrence): number {
  return (o.name.given !== '' ? (o.name.givenIsInitial ? 2 : 4) : 0) + (o.official.affiliation ? 2 : 0) + (o.official.title ? 1 : 0);
}

/**
 * Clusters occurrences into people, in a deterministic order: richest reports first, each joining
 * the best fitting cluster. A report that fits only by surname joins a cluster only when exactly
 * one cluster fits it, so a bare "Smith" never decides between two Smiths.
 */
export function clusterPeople(occurrences: OfficialOccurrence[]): PersonCluster[] {
  const order = occurrences.map((o, i) => ({ o, i })).sort((x, y) => richness(y.o) - richness(x.o) || x.i - y.i);
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  for (const { o } of order) {
    const pool = bySurname.get(o.name.surname) ?? [];
    const fits = pool.map((c) => ({ c, fit: fitOf(o, c) })).filter((x): x is { c: PersonCluster; fit: Fit } => x.fit !== undefined);
    fits.sort((x, y) => y.fit.score - x.fit.score);
    const best = fits[0];
    const ambiguous = best !== undefined && best.fit.weak && fits.length > 1;
    if (best && !ambiguous) best.c.members.push(o);
    else {
      const c: PersonCluster = { members: [o] };
      clusters.push(c);
      pool.push(c);
      bySurname.set(o.name.surname, pool);
    }
  }
  // Report people in the order their first report appears.
  for (const c of clusters) c.members.sort((x, y) => x.article - y.article);
  return clusters.sort((x, y) => x.members[0]!.article - y.members[0]!.article);
}

/**
 * The person a quote's speaker names: the cluster of an official of the same article with a
 * fitting name, else the only cluster whose name fits anywhere; undefined when none or several do.
 */
export function clusterOfSpeaker(speaker: string, article: number, clusters: PersonCluster[]): PersonCluster | undefined {
  const name = parsePersonName(speaker);
  if (!name) return undefined;
  const fitting = clusters.filter((c) => c.members.some((m) => m.name.surname === name.surname && givenRelation(m.name, name) !== 'conflict'));
  const local = fitting.filter((c) => c.members.some((m) => m.article === article));
  if (local.length === 1) return local[0];
  return fitting.length === 1 ? fitting[0] : undefined;
}
