// The dossier over many records: people joined across spellings, places, summed counts, claims, a
// timeline and quotes by speaker. Records are read one at a time; only the items are kept.
import { isErrorRecord, type CountItem, type OutputRecord, type Region } from '../record/types.js';
import { ClaimAggregator } from './claims.js';
import { CountAggregator } from './counts.js';
import { officialEntityId, regionEntityId } from './entity-id.js';
import { parsePersonName, placeKey } from './keys.js';
import { selection, type SummaryFilter } from './filters.js';
import { clusterOfSpeaker, clusterPeople, type OfficialOccurrence, type PersonCluster } from './people.js';
import { mostUsed, tallyAdd } from './tally.js';
import { buildTimeline, timelineEntries, type DatedItem } from './timeline.js';
import type { SpeakerQuotes, Summary, SummaryError, SummaryOfficial, SummaryRegion } from './types.js';

interface RegionGroup {
  kind: Region['kind'];
  names: Map<string, number>; // spelling → mentions
  countries: Map<string, number>;
  articles: string[];
  mentions: number;
  entities: Set<string>;
  firstSeen: number;
}

const regionGroupKey = (kind: string, name: string) => `${kind}:${placeKey(name)}`;

/**
 * A dossier over many records: people joined across spellings, places, summed counts, claims, a
 * timeline and quotes by speaker; `filter` keeps the claims and counts of some days, regions, items.
 */
export async function summarize(records: AsyncIterable<OutputRecord> | Iterable<OutputRecord>, filter?: SummaryFilter): Promise<Summary> {
  const builder = new SummaryBuilder(filter);
  for await (const record of records) builder.add(record);
  return builder.result();
}

/** Takes records one at a time (add), keeping only their items, and makes the dossier at the end (result). */
export class SummaryBuilder {
  private readonly ids: string[] = [];
  private readonly errors: SummaryError[] = [];
  private readonly occurrences: OfficialOccurrence[] = [];
  private readonly regionGroups = new Map<string, RegionGroup>();
  private readonly dated: DatedItem[] = [];
  private readonly quotes: QuoteOccurrence[] = [];
  /** Counts wait for every region spelling and every person: only they are kept. */
  private readonly kept: KeptCounts[] = [];

  constructor(private readonly filter?: SummaryFilter) {}

  add(record: OutputRecord): void {
    const article = this.ids.length;
    this.ids.push(record.id);
    if (isErrorRecord(record)) {
      this.errors.push({ article: record.id, code: record.error.code, message: record.error.message });
      return;
    }
    for (const official of record.officials ?? []) {
      if (typeof official?.name !== 'string') continue;
      const name = parsePersonName(official.name);
      if (name) this.occurrences.push({ article, official, name });
    }
    for (const r of record.regions ?? []) this.addRegion(r, record.id, article);
    if (Array.isArray(record.counts) && record.counts.length > 0) this.kept.push({ article, id: record.id, counts: record.counts });
    this.dated.push(...timelineEntries(record, article));
    for (const q of record.quotes ?? []) if (typeof q?.text === 'string') this.quotes.push({ article, speaker: typeof q.speaker === 'string' && q.speaker !== '' ? q.speaker : null, text: q.text });
  }

  private addRegion(r: Region, id: string, article: number): void {
    if (typeof r?.name !== 'string' || r.name.trim() === '') return;
    const key = regionGroupKey(r.kind, r.name);
    let g = this.regionGroups.get(key);
    if (!g) this.regionGroups.set(key, (g = { kind: r.kind, names: new Map(), countries: new Map(), articles: [], mentions: 0, entities: new Set(), firstSeen: article }));
    const mentions = Math.max(1, r.mentions?.length ?? 0);
    tallyAdd(g.names, r.name, mentions);
    if (r.country) tallyAdd(g.countries, r.country);
    if (g.articles[g.articles.length - 1] !== id) g.articles.push(id);
    g.mentions += mentions;
    g.entities.add(regionEntityId(r));
  }

  result(): Summary {
    const regions = summaryRegions(this.regionGroups);
    // Places: one name for each group, so that counts and officials can refer to it.
    const regionOf = new Map<string, string>(); // placeKey → summary name, regions before cities and countries
    for (const kind of ['region', 'city', 'country'] as const) {
      for (const r of regions) if (r.kind === kind && !regionOf.has(placeKey(r.name))) regionOf.set(placeKey(r.name), r.name);
    }
    const regionName = (name: string) => regionOf.get(placeKey(name)) ?? name;
    const { officials, quotes, personName } = peopleAndQuotes(this.occurrences, this.quotes, this.ids, regionOf);
    const select = this.filter ? selection(this.filter, regions) : undefined;
    const counts = new CountAggregator(select);
    const claims = new ClaimAggregator(regionName, (source, article) => personName(source, article) ?? source, select);
    for (const rec of this.kept) {
      counts.add(rec.id, rec.counts, regionName);
      claims.add(rec.article, rec.id, rec.counts);
    }
    return {
      articles: { count: this.ids.length, failed: this.errors.length, ids: this.ids },
      officials,
      regions,
      counts: counts.result(),
      totals: counts.totals,
      claims: claims.result(),
      timeline: buildTimeline(this.dated),
      quotes,
      errors: this.errors,
    };
  }
}

interface KeptCounts {
  article: number;
  id: string;
  counts: CountItem[];
}

interface QuoteOccurrence {
  article: number;
  speaker: string | null;
  text: string;
}

/** Each place group under its most used spelling, ranked by articles, then mentions, then first seen. */
function summaryRegions(groups: Map<string, RegionGroup>): SummaryRegion[] {
  return [...groups.values()]
    .map((g) => {
      const name = mostUsed(g.names)!;
      const country = mostUsed(g.countries);
      return {
        name,
        kind: g.kind,
        ...(country ? { country } : {}),
        aliases: [...g.names.keys()].filter((n) => n !== name),
        articleCount: g.articles.length,
        articles: g.articles,
        mentions: g.mentions,
        entities: [...g.entities],
        firstSeen: g.firstSeen,
      };
    })
    .sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || a.firstSeen - b.firstSeen)
    .map(({ firstSeen: _, ...r }) => r);
}

interface PeopleAndQuotes {
  officials: SummaryOfficial[];
  quotes: SpeakerQuotes[];
  /** The summary's name of the official a speaker or source of an article names; undefined when none fits. */
  personName(speaker: string, article: number): string | undefined;
}

/** Officials clustered across spellings, and the quotes grouped by speaker, a known official's under the official's name. */
function peopleAndQuotes(occurrences: OfficialOccurrence[], quotes: QuoteOccurrence[], ids: string[], regionOf: Map<string, string>): PeopleAndQuotes {
  const people = clusterPeople(occurrences);
  const clusters = people.clusters;
  const quoteCount = new Map<PersonCluster, number>();
  const bySpeaker = new Map<string, SpeakerQuotes>();
  const nameOf = new Map<PersonCluster, string>();
  for (const c of clusters) nameOf.set(c, canonicalName(c));
  const personName = (speaker: string, article: number) => {
    const cluster = clusterOfSpeaker(speaker, article, people);
    return cluster && nameOf.get(cluster);
  };
  for (const q of quotes) {
    const cluster = q.speaker ? clusterOfSpeaker(q.speaker, q.article, people) : undefined;
    if (cluster) quoteCount.set(cluster, (quoteCount.get(cluster) ?? 0) + 1);
    const speaker = cluster ? nameOf.get(cluster)! : q.speaker;
    const key = speaker ?? '\u0000';
    let group = bySpeaker.get(key);
    if (!group) bySpeaker.set(key, (group = { speaker, quotes: [] }));
    group.quotes.push({ article: ids[q.article]!, text: q.text });
  }
  const officials = clusters
    .map((c) => officialSummary(c, nameOf.get(c)!, ids, regionOf, quoteCount.get(c) ?? 0))
    .sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions);
  const grouped = [...bySpeaker.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length);
  return { officials, quotes: grouped, personName };
}

/** The spelling the most articles use; on a tie the one with a full given name, then the most mentioned. */
function canonicalName(c: PersonCluster): string {
  const score = new Map<string, [number, number, number]>();
  for (const m of c.members) {
    const s = score.get(m.official.name) ?? [0, m.name.given.length > 1 ? 1 : 0, 0];
    s[0]++;
    s[2] += m.official.mentions?.length ?? 0;
    score.set(m.official.name, s);
  }
  let best = c.members[0]!.official.name;
  let bs: [number, number, number] = [-1, -1, -1];
  for (const [name, s] of score) {
    if (s[0] > bs[0] || (s[0] === bs[0] && (s[1] > bs[1] || (s[1] === bs[1] && s[2] > bs[2])))) [best, bs] = [name, s];
  }
  return best;
}

/** Distinct strings, case set aside, each in its most used form, in first-seen order. */
function distinct(values: Array<string | null | undefined>): string[] {
  const forms = new Map<string, Map<string, number>>();
  for (const v of values) {
    if (!v) continue;
    const k = v.toLowerCase();
    const t = forms.get(k) ?? new Map<string, number>();
    tallyAdd(t, v);
    forms.set(k, t);
  }
  return [...forms.values()].map((t) => mostUsed(t)!);
}

function officialSummary(c: PersonCluster, name: string, ids: string[], regionOf: Map<string, string>, quotes: number): SummaryOfficial {
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  const spellings = c.members.flatMap((m) => [m.official.name, ...(m.official.aliases ?? [])]);
  // Only other spellings of the name: a surname, a full name, not "the governor" or "he".
  const surname = c.surname;
  const aliases = distinct(spellings).filter(
    (a) => a.toLowerCase() !== name.toLowerCase() && !a.toLowerCase().split(/\s+/).every((w) => nameWords.has(w)) && /^\p{Lu}/u.test(a) && parsePersonName(a)?.surname === surname,
  );
  const affiliations = distinct(c.members.map((m) => m.official.affiliation));
  const regions = distinct(affiliations.map((a) => regionOf.get(placeKey(a))));
  const articles = [...new Set(c.members.map((m) => ids[m.article]!))];
  return {
    name,
    aliases,
    titles: distinct(c.members.map((m) => m.official.title)),
    affiliations,
    regions,
    articleCount: articles.length,
    articles,
    mentions: c.members.reduce((s, m) => s + Math.max(1, m.official.mentions?.length ?? 0), 0),
    quotes,
    entities: [...new Set(c.members.map((m) => officialEntityId(m.official)))],
  };
}
