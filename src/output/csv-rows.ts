import { isErrorRecord, type Mention, type OutputRecord } from '../record/types.js';

export const CSV_COLUMNS = ['article', 'published', 'type', 'text', 'value', 'title', 'affiliation', 'item', 'item_key', 'region', 'when', 'source', 'role', 'speaker', 'start', 'end', 'geonames_id', 'lat', 'lon', 'entity', 'language'] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** The columns that hold numbers (a count's `value`; a date's, a code's or a URL is text, neutralised as such). */
export const CSV_NUMERIC_COLUMNS: ReadonlySet<string> = new Set<Column>(['value', 'start', 'end', 'geonames_id', 'lat', 'lon']);
export type CsvRow = Partial<Record<Column, string | number>>;

/**
 * One record to long-format rows: one row per item, an `article` row first so that an article with
 * no items is still in the file, an `error` row for a failed input. Empty where a column does not
 * apply; officials, regions and organizations give their first mention's offsets.
 */
export function csvRows(record: OutputRecord): CsvRow[] {
  const base = { article: record.id, published: isErrorRecord(record) ? '' : (record.published ?? '') };
  if (isErrorRecord(record)) return [full({ ...base, type: 'error', text: record.error.message, value: record.error.code })];
  const rows: CsvRow[] = [{ ...base, type: 'article', text: record.title ?? '', value: record.url ?? record.source.url ?? record.source.path ?? '', language: record.language ?? '' }];
  const first = (m: Mention[]) => (m.length ? { start: m[0]!.start, end: m[0]!.end } : {});
  for (const o of record.officials ?? []) rows.push({ ...base, type: 'official', text: o.name, title: o.title ?? '', affiliation: o.affiliation ?? '', ...first(o.mentions), entity: o.entity ?? '' });
  for (const r of record.regions ?? []) {
    rows.push({ ...base, type: 'region', text: r.name, value: r.kind, ...first(r.mentions), geonames_id: r.geonames_id ?? '', lat: r.lat ?? '', lon: r.lon ?? '', entity: r.entity ?? '' });
  }
  for (const d of record.dates ?? []) rows.push({ ...base, type: 'date', text: d.text, value: d.value, start: d.start, end: d.end });
  for (const c of record.counts ?? []) rows.push({ ...base, type: 'count', text: c.text, value: c.value, item: c.item, item_key: c.item_key, region: c.region ?? '', when: c.when ?? '', source: c.source ?? '', role: c.role, start: c.start, end: c.end });
  for (const q of record.quotes ?? []) rows.push({ ...base, type: 'quote', text: q.text, speaker: q.speaker ?? '', start: q.start, end: q.end });
  for (const o of record.organizations ?? []) rows.push({ ...base, type: 'organization', text: o.name, value: o.acronym ?? '', ...first(o.mentions) });
  return rows.map(full);
}

function full(row: CsvRow): CsvRow {
  const out: CsvRow = {};
  for (const c of CSV_COLUMNS) out[c] = row[c] ?? '';
  return out;
}
