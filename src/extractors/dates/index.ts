import type { Document } from '../../document/document.js';
import { runParsers, runRefiners, type Extractor, type ExtractionContext, type Refiner } from '../framework.js';
import type { DateItem } from '../../record/types.js';
import type { Candidate, DateParser } from './candidate.js';
import { calendarParsers } from './parsers/calendar.js';
import { clockParsers } from './parsers/clock.js';
import { durationParsers } from './parsers/duration.js';
import { referenceParsers } from './parsers/reference.js';
import { relativeParsers } from './parsers/relative.js';
import { setParsers } from './parsers/set.js';
import { joinDayAndTime, joinDayTimeRange, joinPartOfDayOf, keepLongest, trimSpans } from './refiners.js';
import { resolveInFrame } from './frame-day.js';
import { AnchorIndex, anchoredMatches } from './anchors.js';
import { alternation } from '../../language/alternation.js';
import { dropPlacePairMonths, joinAroundDay, joinWeekdayToWeek, weekdayOfAnotherYear } from './around-day.js';

/**
 * The parsers, most specific first: on spans of equal length the earlier one wins. Each runs over
 * the whole text, unless the text lacks its cues or it is anchored (runDateParsers); none needs
 * compromise.
 */
export const DATE_PARSERS: readonly DateParser[] = [
  ...clockParsers,
  ...calendarParsers,
  ...relativeParsers,
  ...referenceParsers,
  ...durationParsers,
  ...setParsers,
];

/** The cues of the parsers, longest first: where several start at one place, the longest is found. */
const CUES = [...new Set(DATE_PARSERS.flatMap((p) => p.cues ?? []))].sort((a, b) => b.length - a.length);
const CUE = new RegExp(alternation(CUES), 'gi');
/** The cues each cue holds, itself among them: where it is found, they are too. */
const CUES_IN = new Map(CUES.map((cue) => [cue, CUES.filter((other) => cue.includes(other))]));

/**
 * The parsers that may match in `text`: those without cues, and those with a cue in it. One scan
 * finds the cues, trying every place in turn, so a cue that starts inside another is found too.
 */
export function parsersFor(text: string): DateParser[] {
  const found = new Set<string>();
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    for (const cue of CUES_IN.get(m[0].toLowerCase())!) found.add(cue);
    CUE.lastIndex = m.index + 1;
  }
  return DATE_PARSERS.filter((p) => !p.cues || p.cues.some((cue) => found.has(cue)));
}

/** Each anchored parser's pattern, sticky: tried at one place at a time (anchors.ts). */
const STICKY = new Map(DATE_PARSERS.filter((p) => p.anchor).map((p) => [p, new RegExp(p.pattern.source, p.pattern.flags.replace('g', 'y'))]));

/** The parsers' candidates, in the parsers' order, as runParsers finds them: the anchored ones tried only around their anchors. */
export function runDateParsers(doc: Document, ctx: ExtractionContext): Candidate[] {
  const anchors = new AnchorIndex(doc);
  const out: Candidate[] = [];
  for (const parser of parsersFor(doc.text)) {
    if (!parser.anchor) {
      out.push(...runParsers([parser], doc, ctx));
      continue;
    }
    for (const m of anchoredMatches(STICKY.get(parser)!, parser.anchor, anchors)) {
      const r = parser.extract(m, doc, ctx);
      if (Array.isArray(r)) out.push(...r);
      else if (r != null) out.push(r);
    }
  }
  return out;
}

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
    const candidates = runRefiners(DATE_REFINERS, runDateParsers(doc, ctx), doc, ctx);
    return resolveInFrame(candidates, doc);
  },
};
