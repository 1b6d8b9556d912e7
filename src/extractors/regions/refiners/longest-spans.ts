import { keepLongestNonOverlapping, type Refiner } from '../../framework.js';
import type { PlaceCandidate } from '../candidate.js';

/**
 * Of overlapping candidates the longest wins; for equal spans the earlier parser (the more
 * specific pattern) wins, as the framework's sort is stable over parser order.
 */
export const longestSpansRefiner: Refiner<PlaceCandidate> = {
  name: 'longest-spans',
  refine: (items) => keepLongestNonOverlapping(items),
};
