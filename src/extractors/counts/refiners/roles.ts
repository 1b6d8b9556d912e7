import type { Refiner } from '../../framework.js';
import type { CountRole } from '../../../record/types.js';
import { isPlaceKey, itemKey } from '../../../language/item-keys.js';
import type { CountCandidate } from '../candidate.js';

/**
 * Each count's role among the counts of its item key in the article, so that figures can be added
 * up without adding one twice: a count of places is an `extent`; a count in no region (or in a
 * country no other count is placed in) that is at least the sum of the counts placed in regions is
 * their `total`, and they its `part`s; every other count is `single`. A restatement (same region,
 * same number) adds nothing to the sum.
 */
export const assignRoles: Refiner<CountCandidate> = {
  name: 'assignRoles',
  refine(items, _doc, ctx) {
    const countries = new Set((ctx.results.regions ?? []).filter((r) => r.kind === 'country').map((r) => r.name));
    const byKey = new Map<string, CountCandidate[]>();
    for (const c of items) {
      const key = itemKey(c.item);
      c.role = key !== '' && isPlaceKey(key) ? 'extent' : 'single';
      if (c.role === 'extent') continue;
      const list = byKey.get(key) ?? [];
      list.push(c);
      byKey.set(key, list);
    }
    for (const list of byKey.values()) markTotals(list, countries);
    return items;
  },
};

function markTotals(counts: readonly CountCandidate[], countries: ReadonlySet<string>): void {
  const parts = counts.filter((c) => c.region !== undefined && !countries.has(c.region));
  if (parts.length === 0) return;
  const distinct = new Map(parts.map((c) => [`${c.region}\u0000${c.value}`, c.value]));
  const partSum = [...distinct.values()].reduce((s, v) => s + v, 0);
  // one figure placed and the same figure unplaced ("23 deaths in Mississippi … 23 deaths") is a restatement, not a sum
  if (distinct.size === 1 && counts.every((c) => c.value === partSum)) return;
  const totals = counts.filter((c) => !parts.includes(c) && c.value >= partSum);
  if (totals.length === 0) return;
  const mark = (cs: readonly CountCandidate[], role: CountRole) => cs.forEach((c) => (c.role = role));
  mark(totals, 'total');
  mark(parts, 'part');
}
