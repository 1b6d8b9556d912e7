/** A group of candidates naming one body, as mergeOrganizations builds it. */
export interface ClusterKeys {
  key: string;
  country?: string;
  acronym?: string;
  /** The initials of the name with its country ("European Union": EU), where they differ from the key's ("union"). */
  fullInitials?: string;
}

/** What a candidate is matched on: its key, its country, its acronym and the initials of its key. */
export interface CandidateKeys {
  key: string;
  country?: string;
  acronym?: string;
  initials: string;
  /** The initials of the name with its country, where they differ from `initials`. */
  fullInitials?: string;
  /** Whether the article uses this key for bodies of more than one country. */
  split: boolean;
}

const OF = ' of ';

/** The parts of a key before each of its " of ": "general staff" of "general staff of the armed forces". */
function shortForms(key: string): string[] {
  const out: string[] = [];
  for (let at = key.indexOf(OF); at >= 0; at = key.indexOf(OF, at + 1)) out.push(key.slice(0, at));
  return out;
}

function pushTo(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key);
  if (list) list.push(index);
  else lists.set(key, [index]);
}

/**
 * The clusters of organization candidates, found by the keys a candidate can match instead of a
 * scan of every cluster for each candidate (quadratic on long runs of capitalised words). `find`
 * answers what the first cluster, in creation order, that `matches` would be.
 */
export class ClusterIndex<C extends ClusterKeys> {
  readonly clusters: C[] = [];
  private readonly byKey = new Map<string, number[]>();
  /** Clusters by each short form of their key. */
  private readonly byShortForm = new Map<string, number[]>();
  private readonly byAcronym = new Map<string, number[]>();
  private readonly byInitials = new Map<string, number[]>();
  private readonly indexOf = new Map<C, number>();

  constructor(private readonly initialsOf: (key: string) => string) {}

  /**
   * The rule: one key, or one a short form of the other, in agreeing countries; or an acronym and its
   * expansion, whose initials may take in its country ("EU" and "European Union").
   */
  static matches(x: ClusterKeys, c: CandidateKeys, initialsOf: (key: string) => string): boolean {
    const sameBody = x.key === c.key || shortFormOf(x.key, c.key) || shortFormOf(c.key, x.key);
    return (
      (sameBody && (!c.split || !c.country || !x.country || x.country === c.country)) ||
      Boolean(c.acronym && (x.acronym === c.acronym || initialsOf(x.key) === c.acronym || x.fullInitials === c.acronym)) ||
      Boolean(x.acronym && !c.acronym && (c.initials === x.acronym || c.fullInitials === x.acronym))
    );
  }

  /** The first cluster that matches the candidate, or undefined. */
  find(c: CandidateKeys): C | undefined {
    const lists: (number[] | undefined)[] = [this.byKey.get(c.key)];
    if (c.key.includes(' ')) lists.push(this.byShortForm.get(c.key));
    for (const short of shortForms(c.key)) if (short.includes(' ')) lists.push(this.byKey.get(short));
    if (c.acronym) lists.push(this.byAcronym.get(c.acronym), this.byInitials.get(c.acronym));
    else {
      lists.push(this.byAcronym.get(c.initials));
      if (c.fullInitials) lists.push(this.byAcronym.get(c.fullInitials));
    }
    let first = -1;
    for (const list of lists) {
      for (const k of list ?? []) {
        if (first >= 0 && k >= first) continue;
        if (ClusterIndex.matches(this.clusters[k]!, c, this.initialsOf)) first = k;
      }
    }
    return first < 0 ? undefined : this.clusters[first];
  }

  add(cluster: C): void {
    const index = this.clusters.length;
    this.clusters.push(cluster);
    this.indexOf.set(cluster, index);
    pushTo(this.byKey, cluster.key, index);
    for (const short of shortForms(cluster.key)) pushTo(this.byShortForm, short, index);
    pushTo(this.byInitials, this.initialsOf(cluster.key), index);
    if (cluster.fullInitials) pushTo(this.byInitials, cluster.fullInitials, index);
    if (cluster.acronym) pushTo(this.byAcronym, cluster.acronym, index);
  }

  /** Gives a cluster the acronym it had none of. */
  setAcronym(cluster: C, acronym: string): void {
    cluster.acronym = acronym;
    pushTo(this.byAcronym, acronym, this.indexOf.get(cluster)!);
  }
}

/** "general staff" is the short form of "general staff of the armed forces": the name cut before its "of". */
export function shortFormOf(short: string, long: string): boolean {
  return short.includes(' ') && long.startsWith(short + OF);
}
