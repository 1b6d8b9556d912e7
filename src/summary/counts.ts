// Counts summed by item and region across articles, without adding a figure twice.
//
// The rule, applied within each article before anything is summed across articles:
//  1. Counts of places ("across three regions") tell the extent of another figure: they are listed
//     among the totals as an extent and never summed.
//  2. A restatement (same item, same region, same number) counts once.
//  3. For each item, the counts placed in a region are parts. A count with no region, or placed in
//     a country that no part is placed in, is a total when it equals the sum of the parts: it is
//     listed among the totals and not summed again. When it is larger than the sum, only what it
//     leaves after the parts (the figure for places the article does not name) is summed, under its
//     own region (or none). When it is smaller, it is a separate figure and summed as it is.
// Across articles figures add up: each row lists the articles behind it, so that two reports of
// one event can be seen for what they are.
import type { CountItem, Region } from '../record/types.js';
import { isPlaceKey, itemKey } from '../language/item-keys.js';
import type { CountFigure, SummaryCount, SummaryTotal } from './types.js';

interface Row {
  item: string;
  region: string | null;
  figures: CountFigure[];
}

export class CountAggregator {
  private readonly rows = new Map<string, Row>();
  readonly totals: SummaryTotal[] = [];

  /**
   * Adds one article's counts. `regionName` maps a count's region to the name the summary uses
   * (so "Smolensk region" and "Smolensk Region" share a row); `regions` tells which are countries.
   */
  add(article: string, counts: CountItem[], regions: Region[], regionName: (name: string) => string): void {
    const countries = new Set(regions.filter((r) => r.kind === 'country').map((r) => regionName(r.name)));
    const byItem = new Map<string, Array<CountItem & { place: string | null }>>();
    for (const c of counts) {
      if (typeof c?.item !== 'string' || typeof c.value !== 'number') continue;
      const key = itemKey(c.item);
      if (key === '' || !Number.isFinite(c.value)) continue;
      if (isPlaceKey(key)) {
        this.totals.push({ article, item: key, value: c.value, text: c.text, covers: ['extent'] });
        continue;
      }
      const place = c.region ? regionName(c.region) : null;
      const list = byItem.get(key) ?? [];
      if (!list.some((x) => x.place === place && x.value === c.value)) list.push({ ...c, place });
      byItem.set(key, list);
    }
    for (const [item, list] of byItem) {
      const parts = list.filter((c) => c.place !== null && !countries.has(c.place));
      const partPlaces = new Set(parts.map((c) => c.place));
      const partSum = parts.reduce((s, c) => s + c.value, 0);
      for (const c of list) {
        const isCandidate = parts.length > 0 && !parts.includes(c) && !partPlaces.has(c.place);
        if (isCandidate && c.value === partSum) {
          this.totals.push({ article, item, value: c.value, text: c.text, covers: [...partPlaces].map(String) });
        } else if (isCandidate && c.value > partSum) {
          this.totals.push({ article, item, value: c.value, text: c.text, covers: [...partPlaces].map(String) });
          this.push(item, c.place, { article, value: c.value - partSum, text: c.text, role: 'remainder' });
        } else {
          this.push(item, c.place, { article, value: c.value, text: c.text, role: 'count' });
        }
      }
    }
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
