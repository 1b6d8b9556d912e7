import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';

/** A number inside a date or time the dates extractor found ("October 8", "between 2 and 5 pm") is not a count. */
export const dropDateNumbers: Refiner<CountCandidate> = {
  name: 'drop numbers inside dates',
  refine(items, _doc, ctx) {
    const dates = ctx.results.dates ?? [];
    if (!dates.length) return items;
    return items.filter((c) => !dates.some((d) => d.start < c.numberEnd && c.start < d.end));
  },
};
