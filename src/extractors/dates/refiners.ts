// Refiners of the dates extractor, in order: join a date with the time next to it, keep the
// longest of overlapping candidates, then resolve every candidate to its TIMEX3 value.
import type { Document } from '../../document/document.js';
import { keepLongestNonOverlapping, type Refiner } from '../framework.js';
import type { DateItem } from '../../record/types.js';
import type { Candidate } from './candidate.js';
import { parseReference, type Day } from './calendar.js';
import { resolveCandidate, type Tense } from './resolve.js';
import { tenseAround } from './tense.js';

type R = Refiner<Candidate>;

/** Text between two candidates that still reads as one expression: "5 p.m. EST, Nov. 6", "noon Thursday". */
const JOINER = /^(?:\s*,\s*|\s+|\s+on\s+)$/;

/** A time followed by the day it falls on: "at 4 p.m. on Friday". */
const ON_DAY = /^,?\s+on\s+$/;

const isTimeOnly = (c: Candidate) => !c.point && !c.literal && c.time != null;
const isDayOnly = (c: Candidate) =>
  c.point != null && c.time == null && !c.literal &&
  (c.point.kind === 'calendar' ? c.point.d != null : ['relativeDay', 'weekday', 'anchorDay'].includes(c.point.kind));

/** Joins a day and a clock time written next to each other into one time on that day. */
export const joinDayAndTime: R = {
  name: 'joinDayAndTime',
  refine(items, doc) {
    const sorted = keepLongestNonOverlapping(items);
    const out: Candidate[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      if (b && JOINER.test(doc.text.slice(a.end, b.start)) && !/\n/.test(doc.text.slice(a.end, b.start))) {
        if (isTimeOnly(a) && isDayOnly(b) && !/\s+on\s+/.test(doc.text.slice(a.end, b.start))) {
          out.push({ ...b, start: a.start, end: b.end, time: a.time, until: a.until, parser: `${a.parser}+${b.parser}` });
          i++;
          continue;
        }
        if (isDayOnly(a) && isTimeOnly(b) && !/,|\son\s/.test(doc.text.slice(a.end, b.start))) {
          out.push({ ...a, start: a.start, end: b.end, time: b.time, until: b.until, parser: `${a.parser}+${b.parser}` });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** Overlapping candidates: the longest span wins (it read more of the expression). */
export const keepLongest: R = { name: 'keepLongest', refine: (items) => keepLongestNonOverlapping(items) };

/** Drops trailing punctuation a pattern may have taken with an abbreviation at a sentence end. */
export const trimSpans: R = {
  name: 'trimSpans',
  refine(items, doc) {
    for (const c of items) {
      while (c.end > c.start && /[\s,;:]/.test(doc.text[c.end - 1]!)) c.end--;
    }
    return items;
  },
};

/**
 * Resolves candidates in text order, carrying the last day mentioned (for times and "the day
 * before") and the last value (for "a year earlier") from one sentence to the next.
 */
export function resolveAll(items: Candidate[], doc: Document): DateItem[] {
  const ref: Day | null = parseReference(doc.published);
  const tenseAt = (si: number, c: Candidate): Tense => {
    const s = doc.sentences[si];
    return s ? tenseAround(doc.text, c.start, c.end, s.start, s.end) : 'none';
  };
  let anchor: { day: Day | null; value: string; sentence: number } | null = null;
  // "a year earlier" in a report of quarterly results means the same quarter a year before.
  let lastQuarter: string | null = null;
  // "that year", "the following year": the year of the last date with a known year, however far back.
  let lastDate: string | null = null;
  const out: DateItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!;
    const si = doc.sentenceIndexAt(c.start);
    const near = (s: number) => si - s <= 1;
    const context = {
      ref,
      tense: tenseAt(si, c),
      anchor: anchor && near(anchor.sentence) ? anchor.day : null,
      anchorValue: anchor && near(anchor.sentence) ? anchor.value : null,
      previous: lastQuarter,
      lastDate,
    };
    // "between 2:00 and 5:00 pm on Monday": two items, but the times sit on the day named after them.
    const next = items[i + 1];
    if (isTimeOnly(c) && next && isDayOnly(next) && ON_DAY.test(doc.text.slice(c.end, next.start))) {
      const day = resolveCandidate(next, { ...context, tense: tenseAt(si, next) });
      if (day.dayValue) {
        context.anchor = day.day ?? null;
        context.anchorValue = day.dayValue;
      }
    }
    const r = resolveCandidate(c, context);
    if (c.point && /^\d{4}(?:-\d{2})?/.test(r.value)) lastDate = r.value;
    if (r.dayValue && c.point) anchor = { day: r.day ?? null, value: r.dayValue, sentence: si };
    if (/^\d{4}-Q\d$/.test(r.value) && c.point?.kind !== 'yearBack') lastQuarter = r.value;
    out.push({ text: doc.text.slice(c.start, c.end), value: r.value, type: r.type, start: c.start, end: c.end });
  }
  return out;
}
