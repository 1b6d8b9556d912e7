// The summary for people (aligned tables, coloured on a terminal) and for scripts (JSON, CSV, and
// the claims as NDJSON).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Summary, SummaryClaim } from './types.js';
import { neutralisedRow } from '../output/csv-cells.js';
import { csvTable } from '../output/csv-format.js';

export type SummaryFormat = 'table' | 'json' | 'csv' | 'ndjson';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['table', 'json', 'csv', 'ndjson'];

export interface TableOptions {
  /** Colour with ANSI escapes (a terminal, NO_COLOR unset). */
  color: boolean;
  /** Terminal width in columns: every line is cut to it. */
  width: number;
  /** At most this many rows a section (the rest is counted in a last line); 0 for all. */
  limit?: number;
}

/** Colour on a terminal unless NO_COLOR is set (any value, as no-color.org says). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}

const GAP = 2;
const MIN_WIDTH = 4;
const FLEX_MIN_WIDTH = 10;

/** Width of a cell in columns: code points, as terminals show the scripts news is written in. */
function widthOf(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function cut(s: string, width: number): string {
  if (widthOf(s) <= width) return s;
  if (width <= 0) return '';
  return Array.from(s).slice(0, width - 1).join('') + '…';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Column {
  header: string;
  /** Right-aligned (numbers). */
  right?: boolean;
  style?: (c: ChalkInstance, s: string) => string;
  /** Free text that gives up its width before the other columns do. */
  flex?: boolean;
}

/**
 * Lays out a table in the width: columns take their natural width, and while the table is too
 * wide the widest column gives up a column at a time, free text first, so that names and numbers
 * stay whole as long as they can.
 */
function table(columns: Column[], rows: string[][], width: number, c: ChalkInstance): string[] {
  const cells = rows.map((r) => r.map(oneLine));
  const widths = columns.map((col, i) => Math.max(widthOf(col.header), ...cells.map((r) => widthOf(r[i] ?? ''))));
  const total = () => widths.reduce((s, w) => s + w, 0) + GAP * (columns.length - 1);
  // Free text (aliases, sentences, quotes) gives way first, names and numbers last.
  for (const [which, floor] of [[(col: Column) => col.flex === true, FLEX_MIN_WIDTH], [() => true, MIN_WIDTH]] as const) {
    while (total() > width) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (which(columns[i]!) && widths[i]! > floor && (widest < 0 || widths[i]! >= widths[widest]!)) widest = i;
      }
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  const line = (values: string[], style: (i: number, s: string) => string) =>
    values
      .map((v, i) => {
        const text = cut(v, widths[i]!);
        const pad = ' '.repeat(Math.max(0, widths[i]! - widthOf(text)));
        const styled = style(i, text);
        return columns[i]!.right ? pad + styled : i === values.length - 1 ? styled : styled + pad;
      })
      .join(' '.repeat(GAP));
  return [
    line(columns.map((col) => col.header), (_i, s) => c.bold(s)),
    ...cells.map((r) => line(r, (i, s) => (columns[i]!.style ? columns[i]!.style!(c, s) : s))),
  ].map((l) => cutStyled(l, width));
}

/** Cuts a line holding ANSI escapes to a visible width (a last safety net for narrow terminals). */
function cutStyled(line: string, width: number): string {
  let visible = 0;
  let out = '';
  for (let i = 0; i < line.length; ) {
    const esc = /^\u001b\[[0-9;]*m/.exec(line.slice(i, i + 16));
    if (esc) {
      out += esc[0];
      i += esc[0].length;
      continue;
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (visible >= width) {
      i += ch.length;
      continue;
    }
    out += ch;
    visible++;
    i += ch.length;
  }
  return out.trimEnd();
}

const list = (xs: string[]) => xs.join(', ');

/**
 * Article ids for a narrow table: the folder every id shares is left out ("articles/a.txt" and
 * "articles/b.txt" show as "a.txt", "b.txt"); JSON and CSV keep the ids whole.
 */
export function idShortener(ids: string[]): (id: string) => string {
  if (ids.length < 2) return (id) => id.slice(id.lastIndexOf('/') + 1) || id;
  let prefix = ids[0]!.slice(0, ids[0]!.lastIndexOf('/') + 1);
  for (const id of ids) while (prefix && !id.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return (id) => (prefix && id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : id);
}

export function renderTable(s: Summary, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(20, opts.width);
  const out: string[] = [];
  const limit = opts.limit && opts.limit > 0 ? opts.limit : Infinity;
  const section = (title: string, n: number, columns: Column[], rows: string[][]) => {
    out.push('', cutStyled(c.bold.cyan(`${title} (${n})`), width));
    if (rows.length === 0) {
      out.push(c.dim('  none'));
      return;
    }
    out.push(...table(columns, rows.slice(0, limit), width, c));
    if (rows.length > limit) out.push(c.dim(`… ${rows.length - limit} more (--limit 0 shows all)`));
  };
  const short = idShortener(s.articles.ids);
  const articlesCell = (ids: string[]) => {
    const shown = ids.slice(0, 3).map(short).join(', ');
    return ids.length <= 3 ? shown : `${shown} +${ids.length - 3}`;
  };
  const name = (k: ChalkInstance, v: string) => k.green(v);
  const num = (k: ChalkInstance, v: string) => k.yellow(v);

  out.push(cutStyled(c.bold(`newsfacts summary of ${s.articles.count} article${s.articles.count === 1 ? '' : 's'}`) + (s.articles.failed ? c.red(` (${s.articles.failed} failed)`) : ''), width));
  section(
    'Officials',
    s.officials.length,
    [{ header: 'name', style: name }, { header: 'aliases', flex: true }, { header: 'title', flex: true }, { header: 'affiliation', flex: true }, { header: 'articles', right: true, style: num }, { header: 'mentions', right: true }, { header: 'quotes', right: true }],
    s.officials.map((o) => [o.name, list(o.aliases), list(o.titles), list(o.affiliations), String(o.articleCount), String(o.mentions), String(o.quotes)]),
  );
  section(
    'Places',
    s.regions.length,
    [{ header: 'name', style: name }, { header: 'kind' }, { header: 'country' }, { header: 'articles', right: true, style: num }, { header: 'mentions', right: true }, { header: 'in', flex: true }],
    s.regions.map((r) => [r.name, r.kind, r.country ?? '', String(r.articleCount), String(r.mentions), articlesCell(r.articles)]),
  );
  section(
    'Counts',
    s.counts.length,
    [{ header: 'item', style: name }, { header: 'region' }, { header: 'total', right: true, style: num }, { header: 'articles', right: true }, { header: 'figures', flex: true }],
    s.counts.map((k) => [k.item, k.region ?? '—', String(k.total), String(k.articleCount), k.figures.map((f) => `${short(f.article)}: ${f.role === 'remainder' ? `${f.value} left of "${f.text}"` : `"${f.text}"`}`).join('; ')]),
  );
  if (s.totals.length) {
    section(
      'Totals and extents, not added again',
      s.totals.length,
      [{ header: 'item' }, { header: 'value', right: true }, { header: 'article' }, { header: 'covers', flex: true }, { header: 'text', flex: true }],
      s.totals.map((t) => [t.item, String(t.value), short(t.article), list(t.covers), t.text]),
    );
  }
  section(
    'Claims',
    s.claims.length,
    [{ header: 'day', style: num }, { header: 'item', style: name }, { header: 'region' }, { header: 'value', right: true, style: num }, { header: 'role' }, { header: 'source' }, { header: 'articles', right: true }, { header: 'reports', flex: true }],
    s.claims.map((k) => [k.day ?? '—', k.item, k.region ?? '—', String(k.value), k.role === 'single' ? '' : k.role, k.source ?? '—', String(k.articleCount), reportsText(k, short)]),
  );
  section(
    'Timeline',
    s.timeline.length,
    [{ header: 'when', style: num }, { header: 'article' }, { header: 'sentence', flex: true }],
    s.timeline.map((t) => [t.value, short(t.article), t.sentence]),
  );
  const quoteRows = s.quotes.flatMap((g) => g.quotes.map((q) => [g.speaker ?? '(unattributed)', short(q.article), `“${q.text}”`]));
  section('Quotes', quoteRows.length, [{ header: 'speaker', style: name }, { header: 'article' }, { header: 'quote', flex: true }], quoteRows);
  if (s.errors.length) {
    section('Failed inputs', s.errors.length, [{ header: 'article' }, { header: 'code', style: (k, v) => k.red(v) }, { header: 'message', flex: true }], s.errors.map((e) => [e.article, e.code, e.message]));
  }
  return out.join('\n') + '\n';
}

/** A claim's reports in one cell: each article (as `id` shows it) with the count's text there. */
function reportsText(claim: SummaryClaim, id: (article: string) => string): string {
  return claim.reports.map((r) => `${id(r.article)}: "${r.text}"`).join('; ');
}

export function renderJson(s: Summary): string {
  return JSON.stringify(s, null, 2) + '\n';
}

/** The claims alone, one JSON object a line (as in the JSON's `claims`), for jq, DuckDB or pandas. */
export function renderNdjson(s: Summary): string {
  return s.claims.map((claim) => JSON.stringify(claim) + '\n').join('');
}

export const SUMMARY_CSV_COLUMNS = ['section', 'name', 'aliases', 'title', 'affiliation', 'region', 'kind', 'value', 'article_count', 'mentions', 'articles', 'text', 'entities', 'day', 'source', 'role'] as const;
type CsvRow = Partial<Record<(typeof SUMMARY_CSV_COLUMNS)[number], string | number>>;

/**
 * Long format, one row per summary line, `section` saying which: official, region, count, total,
 * claim, date, quote, error. Lists inside a cell are joined with "; ". For an official `value` is
 * its number of quotes; for a region `region` is its country; for a count, total or claim `name`
 * is the item key; `day`, `source` and `role` are a claim's.
 */
export function summaryCsvRows(s: Summary): CsvRow[] {
  const j = (xs: string[]) => xs.join('; ');
  const rows: CsvRow[] = [];
  for (const o of s.officials) {
    rows.push({ section: 'official', name: o.name, aliases: j(o.aliases), title: j(o.titles), affiliation: j(o.affiliations), region: j(o.regions), article_count: o.articleCount, mentions: o.mentions, value: o.quotes, articles: j(o.articles), entities: j(o.entities) });
  }
  for (const r of s.regions) {
    rows.push({ section: 'region', name: r.name, aliases: j(r.aliases), region: r.country ?? '', kind: r.kind, article_count: r.articleCount, mentions: r.mentions, articles: j(r.articles), entities: j(r.entities) });
  }
  for (const k of s.counts) {
    rows.push({ section: 'count', name: k.item, region: k.region ?? '', value: k.total, article_count: k.articleCount, articles: j([...new Set(k.figures.map((f) => f.article))]), text: j(k.figures.map((f) => `${f.article}: ${f.value}${f.role === 'remainder' ? ' left of' : ''} "${f.text}"`)) });
  }
  for (const t of s.totals) rows.push({ section: 'total', name: t.item, region: j(t.covers), value: t.value, articles: t.article, text: t.text });
  for (const k of s.claims) {
    rows.push({ section: 'claim', day: k.day ?? '', name: k.item, region: k.region ?? '', value: k.value, role: k.role, source: k.source ?? '', article_count: k.articleCount, articles: j(k.reports.map((r) => r.article)), text: reportsText(k, (id) => id) });
  }
  for (const t of s.timeline) rows.push({ section: 'date', name: t.text, kind: t.type, value: t.value, articles: t.article, text: t.sentence });
  for (const g of s.quotes) for (const q of g.quotes) rows.push({ section: 'quote', name: g.speaker ?? '', articles: q.article, text: q.text });
  for (const e of s.errors) rows.push({ section: 'error', name: e.code, articles: e.article, text: e.message });
  return rows.map((r) => Object.fromEntries(SUMMARY_CSV_COLUMNS.map((col) => [col, r[col] ?? ''])) as CsvRow);
}

/** The columns that hold numbers: their cells stay numbers, minus sign and all, where text cells are neutralised. */
const SUMMARY_CSV_NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['value', 'article_count', 'mentions']);

/** The CSV of a summary; cells a spreadsheet would run as formulas get a leading quote unless `raw` (output/csv-cells.ts). */
export async function renderCsv(s: Summary, raw = false): Promise<string> {
  const rows = summaryCsvRows(s).map((row) => (raw ? row : neutralisedRow(row, SUMMARY_CSV_NUMERIC_COLUMNS)));
  return csvTable(SUMMARY_CSV_COLUMNS, rows);
}
