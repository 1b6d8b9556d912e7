import type { Document } from '../../document/document.js';
import { runParsers, runRefiners, type Extractor, type ExtractionContext, type Parser, type Refiner } from '../framework.js';
import type { DateItem } from '../../record/types.js';
import type { Candidate } from './candidate.js';
import { calendarParsers } from './parsers/calendar.js';
import { clockParsers } from './parsers/clock.js';
import { durationParsers } from './parsers/duration.js';
import { referenceParsers } from './parsers/reference.js';
import { relativeParsers } from './parsers/relative.js';
import { setParsers } from './parsers/set.js';
import { joinDayAndTime, joinDayTimeRange, joinPartOfDayOf, keepLongest, trimSpans } from './refiners.js';
import { resolveInFrame } from './frame-day.js';
import { dropPlacePairMonths, joinAroundDay, joinWeekdayToWeek, weekdayOfAnotherYear } from './around-day.js';

/**
 * The parsers, most specific first: on spans of equal length the earlier one wins. Every pattern
 * runs once over the whole text; none needs compromise.
 */
export const DATE_PARSERS: readonly Parser<Candidate>[] = [
  ...clockParsers,
  ...calendarParsers,
  ...relativeParsers,
  ...referenceParsers,
  ...durationParsers,
  ...setParsers,
];

export const DATE_REFINERS: readonly Refiner<Candidate>[] = [trimSpans, joinDayAndTime, joinDayTimeRange, joinPartOfDayOf, joinAroundDay, joinWeekdayToWeek, weekdayOfAnotherYear, dropPlacePairMonths, keepLongest];

/**
 * Dates, times and durations with TIMEX3 values, resolved against the publication date
 * (`doc.published`) and the day the article talks about (frame-day.ts); without either, the parts
 * the text does not give stay unknown (XXXX-10-08).
 */
export const datesExtractor: Extractor<'dates'> = {
  kind: 'dates',
  needs: [],
  extract(doc: Document, ctx: ExtractionContext): DateItem[] {
    const candidates = runRefiners(DATE_REFINERS, runParsers(DATE_PARSERS, doc, ctx), doc, ctx);
    return resolveInFrame(candidates, doc);
  },
};
