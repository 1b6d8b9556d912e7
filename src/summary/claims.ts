// The claims table: who reported how many of what, where and on which day. A claim is one figure
// (value) for one item key, region, day and source; the articles that repeat it are listed under
// it, never added up, and other sources' figures for the same event stay beside it as claims of
// their own. Within an article, a count of places is the extent of another figure and no claim,
// a restatement is the same claim, and a total stays a total (it is not a part's sibling).
import { ARTICLES } from '../language/function-words.js';
import type { CountItem, CountRole } from '../record/types.js';
import { dayOf } from './claim-day.js';
import { countFields } from './count-fields.js';
import type { Selection } from './filters.js';
import { mostUsed, tallyAdd } from './tally.js';
import type { ClaimReport, SummaryClaim } from './types.js';

/** How the summary names a source in an article: an official by the summary's name, else as written. */
export type SourceNamer = (source: string, article: number) => string;

interface Claim extends Omit<SummaryClaim, 'source' | 'articleCount' | 'reports'> {
  /** Spellings of the source → how many reports use each; empty in the articles' own voice. */
  spellings: Map<string, number>;
  reports: ClaimReport[];
}

// A more telling role wins when articles differ: a total is a total wherever it is one.
const ROLE_RANK: Record<Exclude<CountRole, 'extent'>, number> = { single: 0, part: 1, total: 2 };
const LEADING_ARTICLE = new Set(ARTICLES);

/** A source's spellings that differ only in case, accents, spacing, punctuation or a leading "the" share this key. */
export function sourceKey(source: string): string {
  const words = source
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 1 && LEADING_ARTICLE.has(words[0]!)) words.shift();
  return words.join(' ');
}

export class ClaimAggregator {
  private readonly claims = new Map<string, Claim>();

  constructor(
    private readonly regionName: (name: string) => string,
    private readonly sourceName: SourceNamer,
    private readonly select?: Selection,
  ) {}

  /** Adds the counts of one article (`article` is its place in the input, `id` its id). */
  add(article: number, id: string, counts: CountItem[]): void {
    for (const c of counts) {
      const fields = countFields(c);
      if (!fields || fields.role === 'extent') continue;
      const region = c.region ? this.regionName(c.region) : null;
      const day = dayOf(c.when);
      if (this.select && !(this.select.item(fields.key) && this.select.region(region) && this.select.day(day))) continue;
      const source = typeof c.source === 'string' && c.source.trim() !== '' ? this.sourceName(c.source.trim(), article) : null;
      const key = [fields.key, region ?? '', day ?? '', source === null ? '' : sourceKey(source), fields.value].join('\u0000');
      let claim = this.claims.get(key);
      if (!claim) this.claims.set(key, (claim = { day, item: fields.key, region, value: fields.value, role: fields.role, spellings: new Map(), reports: [] }));
      if (ROLE_RANK[fields.role] > ROLE_RANK[claim.role]) claim.role = fields.role;
      if (source !== null) tallyAdd(claim.spellings, source);
      // a restatement in the same article is the same report
      if (claim.reports[claim.reports.length - 1]?.article !== id) claim.reports.push({ article: id, text: c.text });
    }
  }

  /** The claims by day (unknown last), then item, region, the most reported first. */
  result(): SummaryClaim[] {
    const rows = [...this.claims.values()].map(({ spellings, reports, ...claim }) => ({
      ...claim,
      source: mostUsed(spellings) ?? null,
      articleCount: reports.length,
      reports,
    }));
    return rows.sort(
      (a, b) =>
        compareLast(a.day, b.day) ||
        compareText(a.item, b.item) ||
        compareLast(a.region, b.region) ||
        b.articleCount - a.articleCount ||
        b.value - a.value ||
        compareLast(a.source, b.source),
    );
  }
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders strings, null after every string. */
function compareLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}
