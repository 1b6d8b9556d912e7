import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';

/** Characters before a number read for the determiner that makes it definite ("those ", "whose "). */
const DETERMINER_WINDOW = 8;
// A determiner right before a number in digits: "the 12 units", "its 40 drones".
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|his|her|our|your|my|whose)[ \u00a0]$/i;
const DIGIT_FIRST = /^\d/;
// "These 3 Words The Dems Will Hate": a headline in title case, where no count is meant
const TITLE_CASE_BEFORE = /\b(?:The|These|Those|Its|Their|His|Her|Our|Your|My)[ \u00a0]$/;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * "Five drones were shot down … the 5 drones": a definite number in digits that an earlier count
 * already gave points back at it and is no new count; with no earlier count of that number ("the
 * 12 units", "96 of the 350 trucks") it is one, but for a title-case headline ("These 3 Words"). In
 * words, "the two sides" is always a reference: context.ts rejects it before.
 */
export const dropBackReferences: Refiner<CountCandidate> = {
  name: 'drop definite numbers that repeat an earlier count',
  refine(items, doc) {
    const seen = new Set<number>();
    return [...items]
      .sort((a, b) => a.start - b.start)
      .filter((c) => {
        const before = doc.text.slice(Math.max(0, c.start - DETERMINER_WINDOW), c.start);
        const definite = DIGIT_FIRST.test(c.text) && DEFINITE_BEFORE.test(before);
        const drop = definite && (seen.has(c.value) || (TITLE_CASE_BEFORE.test(before) && UPPER_FIRST.test(c.item)));
        seen.add(c.value);
        return !drop;
      });
  },
};
