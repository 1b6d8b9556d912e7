import type { Document } from '../../document/document.js';
import { parseAndRefine, type Extractor, type ExtractionContext, type Parser, type Refiner } from '../framework.js';
import type { CountItem } from '../../record/types.js';
import { toCountItem, type CountCandidate, type CountsContext } from './candidate.js';
import { digitsParser } from './parsers/digits.js';
import { pairParser } from './parsers/idioms.js';
import { numberWordsParser } from './parsers/words.js';
import { dropTitleCaseNumbers } from './refiners/title-case-numbers.js';
import { resolveElliptical } from './refiners/elliptical.js';
import { keepLongestCounts } from './refiners/overlaps.js';
import { assignRegions } from './refiners/regions.js';
import { takeFramePlace } from './refiners/frame-place.js';
import { assignRoles } from './refiners/roles.js';
import { assignWhen } from './refiners/when.js';
import { assignSource } from './refiners/source.js';
import { locatingRegions } from '../setting.js';
import { OverlapIndex } from '../../document/overlap-index.js';

const PARSERS: readonly Parser<CountCandidate>[] = [digitsParser, numberWordsParser, pairParser];

const REFINERS: readonly Refiner<CountCandidate>[] = [
  keepLongestCounts,
  dropTitleCaseNumbers,
  resolveElliptical,
  assignRegions,
  takeFramePlace,
  assignRoles,
  assignWhen,
  assignSource,
];

/**
 * Counts: how many of what, and where (issue 6).
 *
 * Numbers in digits and in words are found by two cheap patterns over the whole text; the words
 * around each (a few tokens each side, never compromise: on the sentences that hold numbers it
 * costs about a hundred times as much and its noun phrases are less predictable) decide whether
 * it counts things and what it counts. Refiners then give elliptical numbers their sibling's
 * item and put each count in the region its clause names.
 *
 * Decisions:
 * - `text` is the number and its noun phrase ("eight Ukrainian drone aircraft"), or the bare
 *   number of an elliptical count ("two"); a qualifier ("at least") stays out of `text` and is
 *   kept lower-cased in `qualifier`.
 * - `item` is the phrase from its first content word to its head, without "more", "other" and
 *   the like; "188 others" and bare numbers take the item of the count before them in the sentence,
 *   passing over a count of places ("across three regions: five …") for the thing counted.
 * - "a dozen" 12, "half a dozen" 6, "a pair of" 2. Vague amounts ("dozens of", "hundreds of",
 *   "a couple of", "several") are not counts: no number an analyst could put in a table.
 * - Not counts: years, dates, clock times, durations, money, percentages, ages, ordinals,
 *   measurements, phone numbers, addresses, labels and model names ("Route 66", "S-400", "Su-34"),
 *   compound modifiers ("two-storey"), ratios ("one in five"), ranges ("five to ten"),
 *   definite references back ("the two sides"; "the 12 units" only when an earlier count has 12), "one of", "no one" and the pronoun "one".
 * - A lone "one" counts in a report of an event ("one drone was shot down") or beside other
 *   counts; elsewhere ("one official said", "one reason") it is a manner of speaking.
 */
export const countsExtractor: Extractor<'counts'> = {
  kind: 'counts',
  needs: ['regions', 'dates', 'quotes', 'statements'],
  extract(doc: Document, ctx: ExtractionContext): CountItem[] {
    // "killed 12 people about 430 miles southeast of Manila": a place measured from holds no count
    const results = { ...ctx.results, regions: locatingRegions(doc.text, ctx.results.regions ?? []) };
    // a number inside a date is no count: the parsers pass over it (candidate.ts insideDate)
    const located: CountsContext = { ...ctx, results, dateSpans: new OverlapIndex(ctx.results.dates ?? []) };
    return parseAndRefine(PARSERS, REFINERS, doc, located).map(toCountItem);
  },
};
