// The record newsfacts writes for each article. Field order here is the order in the output.
// Every `start`/`end` in a record is a Unicode code point offset into the article text.

export const ITEM_KINDS = ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Official {
  name: string;
  title: string | null;
  affiliation: string | null;
  aliases: string[];
  mentions: Mention[];
  /** With --link: an id shared by the same person across articles and runs. */
  entity?: string;
}

export type RegionKind = 'region' | 'country' | 'city';

export interface Region {
  name: string;
  kind: RegionKind;
  country?: string;
  /** The place's GeoNames id, where the gazetteer knows the place. */
  geonames_id?: number;
  /** Latitude and longitude (WGS 84, GeoNames), where the gazetteer knows them: cities and towns. */
  lat?: number;
  lon?: number;
  mentions: Mention[];
  /** With --link: an id shared by the same place across articles and runs. */
  entity?: string;
}

export type DateType = 'date' | 'time' | 'duration' | 'set';

export interface DateItem {
  text: string;
  value: string;
  type: DateType;
  start: number;
  end: number;
}

/**
 * How a count stands to the other counts of its item in the article: a `total` sums counts placed in
 * regions (its `part`s), an `extent` counts places ("across three regions"), a `single` is neither.
 */
export type CountRole = 'total' | 'part' | 'extent' | 'single';

export interface CountItem {
  text: string;
  value: number;
  item: string;
  /** The item folded to a singular head noun or a synonym's name ("UAVs" → "drone"): what figures add up under. */
  item_key: string;
  region?: string;
  qualifier?: string;
  /** TIMEX3 value of when the counted things happened or were observed; null when the article gives none. */
  when: string | null;
  /** The person (full name) or organization the article attributes the number to; null in its own voice. */
  source: string | null;
  role: CountRole;
  start: number;
  end: number;
}

export interface Quote {
  text: string;
  speaker: string | null;
  cue?: string;
  start: number;
  end: number;
}

export interface Organization {
  name: string;
  acronym?: string;
  mentions: Mention[];
}

export interface ItemsByKind {
  officials: Official[];
  regions: Region[];
  dates: DateItem[];
  counts: CountItem[];
  quotes: Quote[];
  organizations: Organization[];
}

/**
 * Where an article came from; 'library' is text or HTML a program handed to extract() or
 * extractText(); 'json' an element of a JSON array (or a JSON file's one object), 'csv' a row of a
 * CSV or TSV table.
 */
export type SourceKind = 'file' | 'stdin' | 'ndjson' | 'url' | 'library' | 'json' | 'csv';

export interface SourceRef {
  kind: SourceKind;
  path?: string;
  url?: string;
  /** The line of an NDJSON file, or the line a table's row starts on (the header is line 1). */
  line?: number;
  /** The place of an element in a JSON array, from 0. */
  index?: number;
}

export interface ArticleRecord extends Partial<ItemsByKind> {
  id: string;
  source: SourceRef;
  title?: string;
  published?: string;
  url?: string;
  author?: string;
  /** ISO 639-1 code of the article's language (ISO 639-3 for one without), `und` when the text is too short to tell. */
  language?: string;
  text?: string;
  warnings?: string[];
}

export interface ErrorRecord {
  id: string;
  source: SourceRef;
  error: { code: ErrorCode; message: string };
}

export type OutputRecord = ArticleRecord | ErrorRecord;

export const ERROR_CODES = [
  'NOT_FOUND', // the path does not exist
  'UNREADABLE', // permission denied or another I/O error
  'EMPTY', // the input holds no text
  'BINARY', // the input is not text (NUL bytes)
  'TOO_LARGE', // the input is over --max-bytes
  'BAD_JSON', // an NDJSON line, JSON file or element that is not JSON, or not an object
  'NO_CONTENT', // an NDJSON object with neither text nor html, or a page with no article
  'NO_ARTICLES', // a directory with no article files in it, a JSON file or table with no articles (an empty array, no text column)
  'SYMLINK_LOOP', // a directory that links back into itself
  'FETCH_FAILED', // a URL that could not be fetched
  'UNSUPPORTED', // a content type or URL scheme newsfacts does not read
  'EXTRACT_FAILED', // an extractor failed on this article (a bug: please report it)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}
