// Counts summed by item and region across articles, without adding a figure twice.
//
// Each count's role comes from its record (the counts extractor decides it, article by article):
//  1. An `extent` (a count of places: "across three regions") is listed among the totals and never summed.
//  2. A restatement (same item, same region, same number) counts once.
//  3. A `total` is listed among the totals with the regions of its `part`s, and not summed again;
//     when it is larger than their sum, only what it leaves after them (the figure for places the
//     article does not name) is summed, under its own region (or none). Parts and `single` counts
//     are summed as they are.
// Across articles figures add up: each row lists the articles behind it, so that two reports of
// one event can be seen for what they are (the claims table tells them apart by source and day).
import type { CountItem, CountRole } from '../record/types.js';
import { dayOf } from './claim-day.js';
import { countFields } from './count-fields.js';
import type { Selection } from './filters.js';
import type { CountFigure, SummaryCount, SummaryTotal } from './types.js';

interface Row {
  item: string;
  region: string | null;
  figures: CountFigure[];
}

interface PlacedCount {
  role: CountRole;
  value: number;
  text: string;
  place: string | null;
  day: string | null;
}

export class CountAggregator {
  private readonly rows = new Map<string, Row>();
  readonly totals: SummaryTotal[] = [];

  /** `select` keeps the figures of the days, regions and items asked for (`summarize --since` …). */
  constructor(private readonly select?: Selection) {}

  /**
   * Adds one article's counts. `regionName` maps a count's region to the name the summary uses
   * (so "Smolensk region" and "Smolensk Region" share a row).
   */
  add(article: string, counts: CountItem[], regionName: (name: string) => string): void {
    const byItem = new Map<string, PlacedCount[]>();
    for (const c of counts) {
      const fields = countFields(c);
      if (!fields) continue;
      const place = c.region ? regionName(c.region) : null;
      const counted: PlacedCount = { role: fields.role, value: fields.value, text: c.text, place, day: dayOf(c.when) };
      if (fields.role === 'extent') {
        if (this.keeps(fields.key, counted, [])) this.totals.push({ article, item: fields.key, value: c.value, text: c.text, covers: ['extent'] });
        continue;
      }
      const list = byItem.get(fields.key) ?? [];
      if (!list.some((x) => x.place === place && x.value === c.value)) list.push(counted);
      byItem.set(fields.key, list);
    }
    for (const [item, list] of byItem) this.addItem(article, item, list);
  }

  /** One item's counts of an article: totals listed (their remainder summed), parts and single counts summed. */
  private addItem(article: string, item: string, list: PlacedCount[]): void {
    const parts = list.filter((c) => c.role === 'part');
    const partPlaces = [...new Set(parts.map((c) => String(c.place)))];
    const partSum = parts.reduce((s, c) => s + c.value, 0);
    for (const c of list) {
      if (c.role === 'total' && parts.length > 0) {
        if (this.keeps(item, c, partPlaces)) this.totals.push({ article, item, value: c.value, text: c.text, covers: partPlaces });
        if (c.value > partSum && this.keeps(item, c, [])) this.push(item, c.place, { article, value: c.value - partSum, text: c.text, role: 'remainder' });
      } else if (this.keeps(item, c, [])) {
        this.push(item, c.place, { article, value: c.value, text: c.text, role: 'count' });
      }
    }
  }

  /** True when the selection keeps a count (a total also for a region among those it covers). */
  private keeps(item: string, c: PlacedCount, covers: string[]): boolean {
    const s = this.select;
    return !s || (s.item(item) && s.day(c.day) && (s.region(c.place) || covers.some((r) => s.region(r))));
  }

  private push(item: string, region: string | null, figure: CountFigure): void {
    const key = `${item}\u0000${region ?? ''}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { item, region, figures: [] }));
    row.figures.push(figure);
  }

  /** Rows grouped by item (largest item total first), regions within an item by total, no region last. */
  result(): SummaryCount[] {
    const rows: SummaryCount[] = [...this.rows.values()].map((r) => ({
      item: r.item,
      region: r.region,
      total: r.figures.reduce((s, f) => s + f.value, 0),
      articleCount: new Set(r.figures.map((f) => f.article)).size,
      figures: r.figures,
    }));
    const itemTotal = new Map<string, number>();
    for (const r of rows) itemTotal.set(r.item, (itemTotal.get(r.item) ?? 0) + r.total);
    return rows.sort(
      (a, b) =>
        itemTotal.get(b.item)! - itemTotal.get(a.item)! ||
        (a.item < b.item ? -1 : a.item > b.item ? 1 : 0) ||
        Number(a.region === null) - Number(b.region === null) ||
        b.total - a.total ||
        (a.region ?? '').localeCompare(b.region ?? ''),
    );
  }
}
