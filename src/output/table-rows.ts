import { isErrorRecord, type ArticleRecord, type Mention, type OutputRecord } from '../record/types.js';
import type { CsvCell } from './csv-format.js';
import { timexSpan } from './timex-span.js';

/**
 * The tidy tables (`extract --format csv -o DIR/`): one CSV per kind of item, one row per item, each
 * row keyed by `article`, the record's id. Every column holds one type: integer columns are never
 * empty where a number always exists (offsets, counts of mentions), lists are joined with `|`.
 */
export type TableRow = Record<string, CsvCell>;

export interface Table {
  /** The file's name in the tables' folder. */
  file: string;
  columns: readonly string[];
  /** Columns whose numbers stay numbers when cells are neutralised (csv-cells.ts). */
  numeric: ReadonlySet<string>;
  rows(record: OutputRecord, link?: PersonId): TableRow[];
}

/** With `--link`, the id of the person a name names (summary/entity-id.ts), for speakers who are no official of their article. */
export type PersonId = (name: string) => string;

/** How list cells are joined: a character that names and aliases never hold. */
export const LIST_SEPARATOR = '|';

const KIND_COUNTS = ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'] as const;

const items = <Kind extends (typeof KIND_COUNTS)[number]>(record: OutputRecord, kind: Kind): NonNullable<ArticleRecord[Kind]> =>
  (isErrorRecord(record) ? [] : (record[kind] ?? [])) as NonNullable<ArticleRecord[Kind]>;

/** The offsets and number of an item's mentions: the first mention's offsets, empty when it has none. */
function mentionCells(mentions: readonly Mention[] | undefined): TableRow {
  const first = mentions?.[0];
  return { mentions: mentions?.length ?? 0, start: first?.start, end: first?.end };
}

/** The record's language, when the record has one (another part of the project adds it). */
const languageOf = (record: OutputRecord): string | undefined => {
  const language = (record as { language?: unknown }).language;
  return typeof language === 'string' ? language : undefined;
};

function articleRows(record: OutputRecord): TableRow[] {
  const row: TableRow = { article: record.id, source: record.source.kind, path: record.source.path ?? record.source.url, language: languageOf(record) };
  if (isErrorRecord(record)) row.error = record.error.code;
  else Object.assign(row, { title: record.title, published: record.published, url: record.url, author: record.author, warnings: record.warnings?.join(LIST_SEPARATOR) });
  for (const kind of KIND_COUNTS) row[kind] = items(record, kind).length;
  return [row];
}

function officialRows(record: OutputRecord): TableRow[] {
  return items(record, 'officials').map((o, i) => ({
    article: record.id,
    official_id: i + 1,
    name: o.name,
    title: o.title ?? undefined,
    affiliation: o.affiliation ?? undefined,
    aliases: o.aliases.join(LIST_SEPARATOR),
    entity: o.entity,
    ...mentionCells(o.mentions),
  }));
}

function regionRows(record: OutputRecord): TableRow[] {
  return items(record, 'regions').map((r) => ({
    article: record.id,
    name: r.name,
    kind: r.kind,
    country: r.country,
    geonames_id: r.geonames_id,
    lat: r.lat,
    lon: r.lon,
    entity: r.entity,
    ...mentionCells(r.mentions),
  }));
}

function dateRows(record: OutputRecord): TableRow[] {
  return items(record, 'dates').map((d) => {
    const span = timexSpan(d.value);
    return { article: record.id, text: d.text, value: d.value, type: d.type, begin: span?.begin, until: span?.until, start: d.start, end: d.end };
  });
}

function countRows(record: OutputRecord): TableRow[] {
  return items(record, 'counts').map((c) => {
    const span = c.when ? timexSpan(c.when) : undefined;
    return {
      article: record.id,
      text: c.text,
      value: c.value,
      item: c.item,
      item_key: c.item_key,
      region: c.region,
      qualifier: c.qualifier,
      when: c.when ?? undefined,
      when_begin: span?.begin,
      when_until: span?.until,
      source: c.source ?? undefined,
      role: c.role,
      start: c.start,
      end: c.end,
    };
  });
}

/** A quote's speaker as the number of the article's official of that name (or alias), if one is. */
function speakerOfficial(record: OutputRecord): (speaker: string | null) => number | undefined {
  const officials = items(record, 'officials');
  return (speaker) => {
    if (!speaker) return undefined;
    const i = officials.findIndex((o) => o.name === speaker);
    const at = i >= 0 ? i : officials.findIndex((o) => o.aliases.includes(speaker));
    return at >= 0 ? at + 1 : undefined;
  };
}

/** A quote's speaker and their `--link` id: the official's when the speaker is one, else the name's, so every speaker is counted under one id. */
function quoteRows(record: OutputRecord, link?: PersonId): TableRow[] {
  const official = speakerOfficial(record);
  const officials = items(record, 'officials');
  return items(record, 'quotes').map((q) => {
    const officialId = official(q.speaker);
    const entity = officialId ? officials[officialId - 1]!.entity : undefined;
    return { article: record.id, text: q.text, speaker: q.speaker ?? undefined, official_id: officialId, entity: entity ?? (q.speaker && link ? link(q.speaker) : undefined), cue: q.cue, start: q.start, end: q.end };
  });
}

function organizationRows(record: OutputRecord): TableRow[] {
  return items(record, 'organizations').map((o) => ({ article: record.id, name: o.name, acronym: o.acronym, ...mentionCells(o.mentions) }));
}

const errorRows = (record: OutputRecord): TableRow[] => (isErrorRecord(record) ? [{ article: record.id, code: record.error.code, message: record.error.message }] : []);

const table = (file: string, columns: readonly string[], numeric: readonly string[], rows: Table['rows']): Table => ({ file, columns, numeric: new Set(numeric), rows });

const MENTIONED = ['mentions', 'start', 'end'] as const;

/** The tables, in the order they are listed and written. */
export const TABLES: readonly Table[] = [
  table('articles.csv', ['article', 'source', 'path', 'title', 'published', 'url', 'author', 'language', 'error', 'warnings', ...KIND_COUNTS], KIND_COUNTS, articleRows),
  table('officials.csv', ['article', 'official_id', 'name', 'title', 'affiliation', 'aliases', 'entity', ...MENTIONED], ['official_id', ...MENTIONED], officialRows),
  table('regions.csv', ['article', 'name', 'kind', 'country', 'geonames_id', 'lat', 'lon', 'entity', ...MENTIONED], ['geonames_id', 'lat', 'lon', ...MENTIONED], regionRows),
  table('dates.csv', ['article', 'text', 'value', 'type', 'begin', 'until', 'start', 'end'], ['start', 'end'], dateRows),
  table('counts.csv', ['article', 'text', 'value', 'item', 'item_key', 'region', 'qualifier', 'when', 'when_begin', 'when_until', 'source', 'role', 'start', 'end'], ['value', 'start', 'end'], countRows),
  table('quotes.csv', ['article', 'text', 'speaker', 'official_id', 'entity', 'cue', 'start', 'end'], ['official_id', 'start', 'end'], quoteRows),
  table('organizations.csv', ['article', 'name', 'acronym', ...MENTIONED], MENTIONED, organizationRows),
  table('errors.csv', ['article', 'code', 'message'], [], errorRows),
];
