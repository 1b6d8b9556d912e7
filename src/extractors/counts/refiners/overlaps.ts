import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';

/**
 * One count per stretch of text: of candidates that overlap in reading order, the longer replaces
 * the one before it (a number read twice, as digits and as part of a longer phrase).
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
