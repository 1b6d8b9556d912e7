import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';
import { OverlapIndex } from '../../../document/overlap-index.js';

/** A number inside a date or time the dates extractor found ("October 8", "between 2 and 5 pm") is not a count. */
export const dropDateNumbers: Refiner<CountCandidate> = {
  name: 'drop numbers inside dates',
  refine(items, _doc, ctx) {
    const dates = ctx.results.dates ?? [];
    if (!dates.length) return items;
    const index = new OverlapIndex(dates);
    return items.filter((c) => !index.overlapsAny(c.start, c.numberEnd));
  },
};
