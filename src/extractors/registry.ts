import type { Extractor } from './framework.js';
import type { ResultKind } from './results.js';
import { regionsExtractor } from './regions/index.js';
import { organizationsExtractor } from './organizations/index.js';
import { peopleExtractor } from './people/index.js';
import { officialsExtractor } from './officials/index.js';
import { datesExtractor } from './dates/index.js';
import { countsExtractor } from './counts/index.js';
import { quotesExtractor } from './quotes/index.js';
import { statementsExtractor } from './quotes/statements.js';
import { speakersExtractor } from './quotes/speaker-index.js';

/** Every extractor by the kind it finds: the record's kinds and the internal ones (people, statements, speakers). */
export const EXTRACTORS: { [K in ResultKind]: Extractor<K> } = {
  regions: regionsExtractor,
  organizations: organizationsExtractor,
  people: peopleExtractor,
  officials: officialsExtractor,
  dates: datesExtractor,
  counts: countsExtractor,
  quotes: quotesExtractor,
  statements: statementsExtractor,
  speakers: speakersExtractor,
};

/**
 * The extractors to run for the kinds asked for, with every kind they need, in an order where
 * each runs after the ones it reads from.
 */
export function executionOrder(wanted: readonly ResultKind[]): ResultKind[] {
  const order: ResultKind[] = [];
  const visiting = new Set<ResultKind>();
  const visit = (k: ResultKind) => {
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
