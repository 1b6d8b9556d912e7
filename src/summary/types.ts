// The dossier `newsfacts summarize` builds over many records (the JSON output, field for field).

export interface SummaryOfficial {
  /** The spelling most articles use. */
  name: string;
  /** Every other spelling the articles use for this person (not parts of `name`). */
  aliases: string[];
  titles: string[];
  affiliations: string[];
  /** The affiliations that are places named in the articles, by their summary names. */
  regions: string[];
  articleCount: number;
  articles: string[];
  mentions: number;
  quotes: number;
  /** The `extract --link` ids of this person's reports (several when affiliations differ). */
  entities: string[];
}

export interface SummaryRegion {
  name: string;
  kind: 'region' | 'country' | 'city';
  country?: string;
  aliases: string[];
  articleCount: number;
  articles: string[];
  mentions: number;
  entities: string[];
}

export interface CountFigure {
  article: string;
  value: number;
  /** The count's text; for a figure left over from a total, the total's text. */
  text: string;
  /** How the figure entered the sum: a count as reported, or what a total leaves after its parts. */
  role: 'count' | 'remainder';
}

export interface SummaryCount {
  /** Folded item: singular head noun or a synonym's name ("drone"). */
  item: string;
  /** The region of the figures; null when the articles give none. */
  region: string | null;
  total: number;
  articleCount: number;
  figures: CountFigure[];
}

/** A count that sums parts found in the same article; kept for reference, not added again. */
export interface SummaryTotal {
  article: string;
  item: string;
  value: number;
  text: string;
  /** What the total covers: the parts' regions, or "extent" for a count of places. */
  covers: string[];
}

/** One article's report of a claim: the article and the count's text in it. */
export interface ClaimReport {
  article: string;
  text: string;
}

/**
 * A figure as one source reported it for one item, region and day: the same figure in several
 * articles is one claim that lists them all; other sources' figures for the same event are other claims.
 */
export interface SummaryClaim {
  /** The calendar day the counted things happened (a month or year when the article gives no finer), null when unknown. */
  day: string | null;
  /** The count's item key ("drone"). */
  item: string;
  region: string | null;
  value: number;
  /** A total of parts reported in the same article (not to be added to them), a part of one, or a figure on its own. */
  role: 'total' | 'part' | 'single';
  /** Who the articles attribute the figure to (an official by the summary's name), null in their own voice. */
  source: string | null;
  articleCount: number;
  reports: ClaimReport[];
}

export interface TimelineEntry {
  value: string;
  type: string;
  /** The date's text as the article writes it. */
  text: string;
  article: string;
  /** The sentence around the date when the record carries the text (`--include-text`), else the date text. */
  sentence: string;
  /** False for a value whose year is unknown (XXXX): those follow the dated entries, in article order. */
  dated: boolean;
}

export interface SpeakerQuotes {
  /** Canonical name of the official when the speaker is one, else the speaker as written; null when unattributed. */
  speaker: string | null;
  quotes: Array<{ article: string; text: string }>;
}

export interface SummaryError {
  article: string;
  code: string;
  message: string;
}

export interface Summary {
  articles: { count: number; failed: number; ids: string[] };
  officials: SummaryOfficial[];
  regions: SummaryRegion[];
  counts: SummaryCount[];
  totals: SummaryTotal[];
  claims: SummaryClaim[];
  timeline: TimelineEntry[];
  quotes: SpeakerQuotes[];
  errors: SummaryError[];
}
