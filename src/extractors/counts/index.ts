import type { Document } from '../../document/document.js';
import { parseAndRefine, type Extractor, type ExtractionContext, type Parser, type Refiner } from '../framework.js';
import type { CountItem } from '../../record/types.js';
import { toCountItem, type CountCandidate } from './candidate.js';
import { digitsParser } from './parsers/digits.js';
import { pairParser } from './parsers/idioms.js';
import { numberWordsParser } from './parsers/words.js';
import { dropDateNumbers } from './refiners/dates.js';
import { resolveElliptical } from './refiners/elliptical.js';
import { keepLongestCounts } from './refiners/overlaps.js';
import { assignRegions } from './refiners/regions.js';

const PARSERS: readonly Parser<CountCandidate>[] = [digitsParser, numberWordsParser, pairParser];

const REFINERS: readonly Refiner<CountCandidate>[] = [
  dropDateNumbers,
  keepLongestCounts,
  resolveElliptical,
  assignRegions,
];

/**
 * Counts: how many of what, and where. Numbers in digits and words are found by cheap patterns,
 * the words around each decide whether it counts things (not years, times, money, labels…) and
 * what it counts; refiners then give elliptical numbers their sibling's item and each count the
 * region its clause names. No compromise: the word lists are faster and more predictable here.
 */
export const countsExtractor: Extractor<'counts'> = {
  kind: 'counts',
  needs: ['regions', 'dates'],
  extract(doc: Document, ctx: ExtractionContext): CountItem[] {
    return parseAndRefine(PARSERS, REFINERS, doc, ctx).map(toCountItem);
  },
};
