import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';

/** Characters before a number read for the determiner before it ("These "). */
const DETERMINER_WINDOW = 8;
const DIGIT_FIRST = /^\d/;
// "These 3 Words The Dems Will Hate": a headline in title case, where no count is meant
const TITLE_CASE_BEFORE = /\b(?:The|These|Those|Its|Their|His|Her|Our|Your|My)[ \u00a0]$/;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A number in digits after a capitalised determiner and before a capitalised item is a title-case
 * headline's ("These 3 Words"), not a count. A definite number otherwise counts, though an earlier
 * count gave it: "the 12 deaths", "the 1,237 delegates" restate a figure, and readers of the
 * record (and its annotators) take each statement of it.
 */
export const dropTitleCaseNumbers: Refiner<CountCandidate> = {
  name: 'drop numbers of title-case headlines',
  refine(items, doc) {
    return items.filter((c) => {
      if (!DIGIT_FIRST.test(c.text) || !UPPER_FIRST.test(c.item)) return true;
      return !TITLE_CASE_BEFORE.test(doc.text.slice(Math.max(0, c.start - DETERMINER_WINDOW), c.start));
    });
  },
};
