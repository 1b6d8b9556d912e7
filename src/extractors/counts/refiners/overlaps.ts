import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';

/**
 * One count per stretch of text, the longest kept: the framework's keepLongestNonOverlapping
 * compares every pair, too slow for the thousands of numbers of a long table, so this sorts once.
 */
export const keepLongestCounts: Refiner<CountCandidate> = {
  name: 'one count per span',
  refine(items) {
    const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: CountCandidate[] = [];
    for (const c of sorted) {
      const last = out[out.length - 1];
      if (last && c.start < last.end) {
        if (c.end - c.start > last.end - last.start) out[out.length - 1] = c;
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
