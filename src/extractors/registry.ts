import type { ItemKind } from '../record/types.js';
import type { Extractor } from './framework.js';
import { regionsExtractor } from './regions/index.js';
import { organizationsExtractor } from './organizations/index.js';
import { officialsExtractor } from './officials/index.js';
import { datesExtractor } from './dates/index.js';
import { countsExtractor } from './counts/index.js';
import { quotesExtractor } from './quotes/index.js';

export const EXTRACTORS: { [K in ItemKind]: Extractor<K> } = {
  regions: regionsExtractor,
  organizations: organizationsExtractor,
  officials: officialsExtractor,
  dates: datesExtractor,
  counts: countsExtractor,
  quotes: quotesExtractor,
};

/**
 * The extractors to run for the kinds asked for, with every kind they need, in an order where
 * each runs after the ones it reads from.
 */
export function executionOrder(wanted: readonly ItemKind[]): ItemKind[] {
  const order: ItemKind[] = [];
  const visiting = new Set<ItemKind>();
  const visit = (k: ItemKind) => {
    if (order.includes(k)) return;
    if (visiting.has(k)) throw new Error(`extractor dependency cycle at ${k}`);
    visiting.add(k);
    for (const dep of EXTRACTORS[k].needs) visit(dep);
    visiting.delete(k);
    order.push(k);
  };
  for (const k of wanted) visit(k);
  return order;
}
