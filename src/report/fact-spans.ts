// The facts of one record as spans of its text: each mention of an official, a place or an
// organization, each date, count and quote, with the kind and the resolved value a reader sees on hover.
import type { ArticleRecord, CountItem, DateItem, ItemKind, Mention, Official, Organization, Quote, Region } from '../record/types.js';

/** A fact's place in the article text, in code points as the record gives it. */
export interface FactSpan {
  kind: ItemKind;
  start: number;
  end: number;
  /** What the fact resolves to, for the mark's hover text. */
  note: string;
}

/** The names of the kinds as a reader calls them, in the legend and the hover text. */
export const KIND_LABELS: Record<ItemKind, string> = {
  officials: 'official',
  regions: 'place',
  dates: 'date',
  counts: 'count',
  quotes: 'quote',
  organizations: 'organization',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === 'object' && v !== null && Number.isInteger((v as Mention).start) && Number.isInteger((v as Mention).end) && 0 <= (v as Mention).start && (v as Mention).start < (v as Mention).end;
const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
const joined = (...parts: Array<string | undefined>): string => parts.filter(Boolean).join(', ');

function officialNote(o: Official): string {
  return `official: ${str(o.name) ?? '?'}${joined(str(o.title), str(o.affiliation)) ? ` (${joined(str(o.title), str(o.affiliation))})` : ''}`;
}

function placeNote(r: Region): string {
  const where = typeof r.lat === 'number' && typeof r.lon === 'number' ? `${r.lat.toFixed(2)}, ${r.lon.toFixed(2)}` : undefined;
  return `place: ${str(r.name) ?? '?'} (${joined(str(r.kind), str(r.country), where)})`;
}

const dateNote = (d: DateItem): string => `date: ${str(d.value) ?? '?'} (${str(d.type) ?? 'date'})`;

function countNote(c: CountItem): string {
  const extra = joined(str(c.region) && `in ${c.region}`, str(c.when ?? undefined) && `when ${c.when}`, str(c.source ?? undefined) && `per ${c.source}`, str(c.role));
  return `count: ${typeof c.value === 'number' ? c.value : '?'} ${str(c.item_key) ?? str(c.item) ?? ''}${extra ? ` (${extra})` : ''}`;
}

const quoteNote = (q: Quote): string => `quote: ${str(q.speaker ?? undefined) ?? 'unattributed'}${str(q.cue) ? ` (${q.cue})` : ''}`;
const organizationNote = (o: Organization): string => `organization: ${str(o.name) ?? '?'}${str(o.acronym) ? ` (${o.acronym})` : ''}`;

/** Every fact of the record with a well-formed span, in the record's order of kinds. */
export function factSpans(record: ArticleRecord): FactSpan[] {
  const spans: FactSpan[] = [];
  // the note is made only for a well-formed span: a hostile record's item may be null or a number
  const add = (kind: ItemKind, at: unknown, note: () => string) => {
    if (isSpan(at)) spans.push({ kind, start: at.start, end: at.end, note: note() });
  };
  for (const o of list(record.officials)) for (const m of list(o?.mentions)) add('officials', m, () => officialNote(o));
  for (const r of list(record.regions)) for (const m of list(r?.mentions)) add('regions', m, () => placeNote(r));
  for (const d of list(record.dates)) add('dates', d, () => dateNote(d));
  for (const c of list(record.counts)) add('counts', c, () => countNote(c));
  for (const q of list(record.quotes)) add('quotes', q, () => quoteNote(q));
  for (const o of list(record.organizations)) for (const m of list(o?.mentions)) add('organizations', m, () => organizationNote(o));
  return spans;
}
