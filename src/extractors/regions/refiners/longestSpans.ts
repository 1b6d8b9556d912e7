import { keepLongestNonOverlapping, type Refiner } from '../../framework.js';
import type { PlaceCandidate } from '../candidate.js';

/**
 * The framework's keepLongestNonOverlapping, applied cluster by cluster: candidates are cut into
 * runs of mutually overlapping spans first, so a text with thousands of names stays linear.
 */
export const longestSpansRefiner: Refiner<PlaceCandidate> = {
  name: 'longest-spans',
  refine(items) {
    // stable: for equal spans the earlier parser (the more specific pattern) stays first
    const index = new Map(items.map((c, i) => [c, i]));
    const sorted = [...items].sort((a, b) => a.start - b.start || index.get(a)! - index.get(b)!);
    const out: PlaceCandidate[] = [];
    let cluster: PlaceCandidate[] = [];
    let clusterEnd = -1;
    const flush = () => {
      if (cluster.length === 1) out.push(cluster[0]!);
      else if (cluster.length) out.push(...keepLongestNonOverlapping(cluster.sort((a, b) => index.get(a)! - index.get(b)!)));
      cluster = [];
    };
    for (const c of sorted) {
      if (c.start >= clusterEnd) flush();
      cluster.push(c);
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    flush();
    return out;
  },
};

