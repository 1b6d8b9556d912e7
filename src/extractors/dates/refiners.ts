// Refiners of the dates extractor, in order: join a date with the time next to it, keep the
// longest of overlapping candidates, then resolve every candidate to its TIMEX3 value.
import type { Document } from '../../document/document.js';
import { keepLongestNonOverlapping, type Refiner } from '../framework.js';
import type { DateItem } from '../../record/types.js';
import { candidateAt, timeOfDay, type Candidate } from './candidate.js';
import { alternation } from '../../language/alternation.js';
import { PARTS_OF_DAY, SMALL_HOURS_WORDS } from '../../language/calendar.js';
import { ATTRIBUTION_VERBS } from '../../language/speech.js';
import { dayDiff, fmtDay, fmtYear, parseReference, quarterOf, type Day } from './calendar.js';
import { resolveCandidate, type FrameDay, type Resolved, type Tense } from './resolve.js';
import { tenseAround } from './tense.js';

type R = Refiner<Candidate>;

/** Text between two candidates that still reads as one expression: "5 p.m. EST, Nov. 6", "noon Thursday". */
const JOINER = /^(?:\s*,\s*|\s+|\s+on\s+|\s+at\s+)$/;

/** A time followed by the day it falls on: "at 4 p.m. on Friday". */
const ON_DAY = /^,?\s+on\s+$/;

const isTimeOnly = (c: Candidate) => !c.point && !c.literal && c.time != null;
export const isDayOnly = (c: Candidate) => c.time == null && namesDay(c);
/** A candidate whose point is one day, whatever its clock time. */
const namesDay = (c: Candidate) =>
  c.point != null && !c.literal &&
  (c.point.kind === 'calendar' ? c.point.d != null : ['relativeDay', 'weekday', 'weekdayInWeek', 'anchorDay', 'shifted'].includes(c.point.kind));

const isDayWithPartOfDay = (c: Candidate) => namesDay(c) && c.time != null && c.time.hour == null && c.until == null;
const hasYear = (c: Candidate) => c.point?.kind === 'calendar' && c.point.y != null;

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
          out.push(candidateAt(a.start, b.end, `${a.parser}+${b.parser}`, { ...b, time: a.time, until: a.until }));
          i++;
          continue;
        }
        // "about 7:40 last night", "9:30 tonight": the clock time of that part of that day
        if (isTimeOnly(a) && a.time!.hour != null && !a.until && isDayWithPartOfDay(b)) {
          const time = clockInPart(doc.text.slice(a.start, a.end), a.time!, b.time!.pod);
          if (/\s+on\s+/.test(doc.text.slice(a.end, b.start))) out.push(candidateAt(a.start, a.end, a.parser, { ...a, time }), b);
          else out.push(candidateAt(a.start, b.end, `${a.parser}+${b.parser}`, { ...b, time }));
          i++;
          continue;
        }
        // "Today at 04:00", "Tuesday, 17 September 2024, 19:02": a comma only after a date with its year
        if (isDayOnly(a) && isTimeOnly(b) && !/\son\s/.test(doc.text.slice(a.end, b.start)) && (!doc.text.slice(a.end, b.start).includes(',') || hasYear(a))) {
          out.push(candidateAt(a.start, b.end, `${a.parser}+${b.parser}`, { ...a, time: b.time, until: b.until }));
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** A clock time that says which half of the day it is in: "p.m.", "AM", "noon", a 24-hour "07:40". */
const HALF_OF_DAY_TOLD = /[ap]\.?\s?m\b|noon|midnight|^0\d|^\d{1,2}[:.]\d\d[:.]/i;
/** The hours of a twelve-hour clock that fall in the second half of the day in each part of it ("7:40 last night"). */
const AFTERNOON_HOURS: Record<string, readonly [number, number]> = { AF: [1, 6], EV: [4, 11], NI: [6, 11] };

/** A twelve-hour clock time read in the part of the day written after it: "7:40" of "last night" is 19:40. */
function clockInPart(surface: string, time: NonNullable<Candidate['time']>, pod: string | undefined): NonNullable<Candidate['time']> {
  const hours = pod ? AFTERNOON_HOURS[pod] : undefined;
  const hour = time.hour!;
  if (!hours || HALF_OF_DAY_TOLD.test(surface) || hour < hours[0] || hour > hours[1]) return time;
  return timeOfDay(hour + 12, time.minute, time.pod, time.second);
}

const RANGE_INTRO = /\b(?:between|from)\s+$/i;
const RANGE_LINK = /^\s+(?:and|to|until|till)\s+$/i;
const hasDayAndTime = (c: Candidate) => namesDay(c) && c.time?.hour != null && !c.until;

/**
 * "between 23:00 on Tuesday and 07:00 on Wednesday", "from 10 p.m. Monday to 6 a.m. Tuesday": one
 * interval over two days. Each end is a clock time with its day, joined ("10 p.m. Monday") or
 * written "TIME on DAY" (left as two items so far, as TimeBank marks a lone "at 4 p.m. on Friday").
 */
export const joinDayTimeRange: R = {
  name: 'joinDayTimeRange',
  refine(items, doc) {
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const gap = (a: Candidate, b: Candidate) => doc.text.slice(a.end, b.start);
    /** A clock time with its day starting at index i: [time, day, items used] or null. */
    const slot = (i: number): [Candidate, Candidate, number] | null => {
      const a = sorted[i];
      if (!a) return null;
      if (hasDayAndTime(a)) return [a, a, 1];
      const b = sorted[i + 1];
      if (isTimeOnly(a) && a.time?.hour != null && !a.until && b && isDayOnly(b) && ON_DAY.test(gap(a, b))) return [a, b, 2];
      return null;
    };
    const out: Candidate[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const first = slot(i);
      const intro = first ? leftIntro(doc.text, sorted[i]!.start) : 0;
      const second = first && intro ? slot(i + first[2]) : null;
      if (first && second && RANGE_LINK.test(gap(first[1], second[0]))) {
        out.push(candidateAt(sorted[i]!.start - intro, second[1].end, 'dayTimeRange', {
          point: first[1].point, time: first[0].time, until: second[0].time, untilPoint: second[1].point,
        }));
        i += first[2] + second[2] - 1;
        continue;
      }
      out.push(sorted[i]!);
    }
    return out;
  },
};

/** Characters before a range read for "between " and the spaces around it. */
const RANGE_INTRO_WINDOW = 10;

/** Length of a "between " or "from " just before a position, else 0. */
function leftIntro(text: string, pos: number): number {
  const m = RANGE_INTRO.exec(text.slice(Math.max(0, pos - RANGE_INTRO_WINDOW), pos));
  return m ? m[0].length : 0;
}

// "the early hours of Tuesday", "on the morning of May 3", "late evening of 7 September", "the early morning hours of
// Tuesday": a part of the day named after it.
// "the night of Oct. 23" stays apart, as TimeBank marks it (and it may mean the night before).
const DAYTIME_PARTS = Object.keys(PARTS_OF_DAY).filter((w) => PARTS_OF_DAY[w] !== 'NI' && PARTS_OF_DAY[w] !== 'MI');
const PART_OF_DAY_OF = new RegExp(
  `(?:^|[^\\p{L}])(?<phrase>(?:the\\s+)?(?:(?<small>${alternation(SMALL_HOURS_WORDS)})\\s+hours|(?:(?:early|late)\\s+)?(?<part>${alternation(DAYTIME_PARTS)})(?:\\s+hours)?)\\s+of\\s+)$`,
  'iu',
);
/** Characters before a day read for "the early hours of ". */
const PART_OF_DAY_WINDOW = 32;

/** Joins a part of day and the day it is "of" into one time: "the early hours of Tuesday" is Tuesday TMO. */
export const joinPartOfDayOf: R = {
  name: 'joinPartOfDayOf',
  refine(items, doc) {
    const out: Candidate[] = [];
    for (const c of items) {
      const m = isDayOnly(c) ? PART_OF_DAY_OF.exec(doc.text.slice(Math.max(0, c.start - PART_OF_DAY_WINDOW), c.start)) : null;
      const phrase = m?.groups?.phrase;
      if (!m || !phrase) {
        out.push(c);
        continue;
      }
      const pod = m.groups!.small ? 'MO' : PARTS_OF_DAY[m.groups!.part!.toLowerCase()]!;
      out.push(candidateAt(c.start - phrase.length, c.end, `partOfDayOf+${c.parser}`, { ...c, time: timeOfDay(undefined, undefined, pod) }));
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
    for (let k = 0; k < items.length; k++) {
      const c = items[k]!;
      let end = c.end;
      while (end > c.start && /[\s,;:]/.test(doc.text[end - 1]!)) end--;
      // a new candidate rather than a changed end: candidates are never written after they are made (see candidateAt)
      if (end !== c.end) items[k] = candidateAt(c.start, end, c.parser, c);
    }
    return items;
  },
};

/** A night with no day of its own: "overnight", "the night". */
const isNight = (c: Candidate): boolean => isTimeOnly(c) && c.time!.hour == null && c.time!.pod === 'NI' && !c.until;
/** A day named with its evening or night ("Thursday night", "yesterday evening"): the night after it is that day's. */
const EVENING_OR_NIGHT = /T(?:EV|NI)$/;
/** What joins a night to the day it runs into: "the night of February 8", "overnight into Thursday". */
const NIGHT_INTO_DAY = /^\s+(?:of|into|to)\s+$/i;

interface Anchor {
  day: Day | null;
  value: string;
  sentence: number;
  /** Named with its evening or night ("Thursday night", "yesterday evening"): a bare "overnight" after it is that night. */
  night: boolean;
  /** Named as a possessive ("after Tuesday's storm"): the day of a thing, not of a saying. */
  possessive?: boolean;
}

/** A verb of saying just before a day: "said on", "told CNN", "said in a post on X". */
const SAYING_BEFORE = new RegExp(`\\b(?:${alternation(ATTRIBUTION_VERBS)})\\b[^.;:!?\\n"“”]{0,24}$`, 'i');
/** Characters before a day read for the verb of saying it dates. */
const SAYING_WINDOW = 40;

/** How many days before the reference a day may lie and still be the day a story's clock times are on. */
const LATELY_PAST_DAYS = 7;
const isLatelyPast = (day: Day, ref: Day): boolean => dayDiff(day, ref) > 0 && dayDiff(day, ref) <= LATELY_PAST_DAYS;

/**
 * "… on Saturday, July 1. [paragraphs later] … were on the road between 8:30pm and 9pm": with no
 * event day framed and no day near, a clock time not ahead sits on the last day named, if lately past.
 */
function lateDayOfClock(c: Candidate, lastDay: Day | null, ref: Day | null): Day | null {
  return isTimeOnly(c) && c.time!.hour != null && lastDay && ref && isLatelyPast(lastDay, ref) ? lastDay : null;
}

/** A verb of saying anywhere in a sentence: "On Tuesday evening the governor said …". */
const SAYING_IN = new RegExp(`\\b(?:${alternation(ATTRIBUTION_VERBS)})\\b`, 'i');

/**
 * "On Tuesday evening the governor said … “the water that has fallen today …”", told on Wednesday:
 * a quote after a day before publication, in its paragraph and with a verb of saying between, was said that day.
 */
function saidDay(doc: Document, c: Candidate, anchor: Anchor | null, ref: Day | null): Day | null {
  if (!anchor?.day || !ref || dayDiff(anchor.day, ref) !== 1) return null;
  const s = doc.sentences[anchor.sentence];
  const p = doc.frame.paragraphs[doc.frame.paragraphIndexAt(c.start)];
  if (!s || !p || s.start < p.start || anchor.possessive) return null;
  return SAYING_IN.test(doc.text.slice(p.start, c.start)) ? anchor.day : null;
}

/** Whether a candidate lies inside quotation marks. */
function insideQuote(doc: Document, c: Candidate): boolean {
  return doc.quotedSpans.some((q) => q.start <= c.start && c.end <= q.end);
}

/** How many sentences back a past-tense clock time looks for a day already past. */
const PAST_ANCHOR_REACH = 4;

const isAfterRef = (day: Day | null, ref: Day | null): boolean => Boolean(day && ref && dayDiff(ref, day) > 0);

/** Quarters this many or more before the reference's are a report's comparison periods, not its own. */
const COMPARISON_QUARTERS_BACK = 4;

/**
 * A period a report compares with ("a year earlier", "the year-ago quarter", "the 1988 period" told
 * in late 1989): a later "a year ago" still counts back from the report's own period, a year after it.
 */
function isComparison(c: Candidate, value: string, ref: Day | null): boolean {
  if (c.point?.kind === 'yearBack') return true;
  if (c.point?.kind !== 'quarter') return false;
  const m = /^(?<year>\d{4})-Q(?<q>\d)$/.exec(value);
  if (!m || !ref) return false;
  const back = (ref.y - Number(m.groups!.year)) * 4 + quarterOf(ref.m) - Number(m.groups!.q);
  return back >= COMPARISON_QUARTERS_BACK;
}

/** A quarter's value a year later: the report's own quarter, from the one it compares with. */
const yearLater = (quarter: string): string => `${fmtYear(Number(quarter.slice(0, 4)) + 1)}${quarter.slice(4)}`;

/** "the first nine months": a report's period longer than a quarter (a half-year is none of its units), so "a year earlier" is a year. */
const isPartYearPeriod = (c: Candidate): boolean => c.literal?.type === 'duration' && /^P9M$/.test(c.literal.value);

/**
 * Resolves candidates in text order, carrying the last day mentioned (for times and "the day
 * before") and the last value (for "a year earlier") from one sentence to the next.
 */
export function resolveAll(items: Candidate[], doc: Document, frame: FrameDay | null = null, tenses: Map<Candidate, Tense> = new Map()): DateItem[] {
  // text is read once here, and the point's kind below before the rare quarter test, so that no
  // property is first read in a rare branch of this hot loop (docs/extraction-notes.md)
  const text = doc.text;
  const ref: Day | null = parseReference(doc.published) ?? (frame?.datesArticle ? frame.day : null);
  const tenseAt = (si: number, c: Candidate): Tense => {
    const s = doc.sentences[si];
    return s ? tenseAround(doc.text, c.start, c.end, s.start, s.end) : 'none';
  };
  let anchor: Anchor | null = null;
  // the last anchor on a day not after the reference day, for clock times told in the past
  let pastAnchor: Anchor | null = null;
  // "a year earlier" in a report of quarterly results means the same quarter a year before.
  let lastQuarter: string | null = null;
  // "that year", "the following year": the year of the last date with a known year, however far back.
  let lastDate: string | null = null;
  // the last day named, however far back: the day a "today" in a late-filed report was said
  let lastDay: Day | null = null;
  const out: DateItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const c = items[i]!;
    const si = doc.sentenceIndexAt(c.start);
    const near = (s: number) => si - s <= 1;
    // a literal's value needs no tense; a tense is read once however often its candidate is resolved
    let tense: Tense | undefined = c.literal ? 'none' : tenses.get(c);
    if (tense === undefined) tenses.set(c, (tense = tenseAt(si, c)));
    // A clock time told in the past does not sit on a day still to come ("… dark until Sunday.”
    // The tornado touched down at 10:52 p.m."): it takes the last day already past, if recent.
    let usable: Anchor | null = anchor && near(anchor.sentence) ? anchor : null;
    if (tense === 'past' && ref && isTimeOnly(c) && (!usable || isAfterRef(usable.day, ref))) {
      usable = pastAnchor && si - pastAnchor.sentence <= PAST_ANCHOR_REACH && !isAfterRef(pastAnchor.day, ref) ? pastAnchor : usable && isAfterRef(usable.day, ref) ? null : usable;
    }
    const late = usable || frame || tense === 'future' ? null : lateDayOfClock(c, lastDay, ref);
    let anchorDay = usable ? usable.day : late;
    let anchorValue = usable ? usable.value : late && fmtDay(late);
    // "between 2:00 and 5:00 pm on Monday": two items, but the times sit on the day named after them.
    const next = i + 1 < items.length ? items[i + 1] : undefined;
    // "at 7.40pm on Friday evening": a part of day after the day does not change which day it is
    if (isTimeOnly(c) && next && (isDayOnly(next) || isDayWithPartOfDay(next)) && ON_DAY.test(text.slice(c.end, next.start))) {
      const day = resolveCandidate(next, { ref, tense: tenseAt(si, next), anchor: anchorDay, anchorValue, previous: lastQuarter, lastDate, frame, lastDay });
      if (day.dayValue) {
        anchorDay = day.day ?? null;
        anchorValue = day.dayValue;
      }
    }
    // "during the night of February 8", "overnight into Thursday": the night that ends on the day
    // named after it, whatever the tense and whatever day was named before
    const nightInto = isNight(c) && next != null && isDayOnly(next) && NIGHT_INTO_DAY.test(text.slice(c.end, next.start));
    if (nightInto) {
      const day = resolveCandidate(next, { ref, tense: tenseAt(si, next), anchor: anchorDay, anchorValue, previous: lastQuarter, lastDate, frame, lastDay });
      anchorDay = day.day ?? null;
      anchorValue = day.dayValue ?? null;
    }
    // made once its anchor is known and never changed after, so resolveCandidate always meets one shape
    const quoted = c.point?.kind === 'relativeDay' && insideQuote(doc, c);
    const context = { ref: (quoted && saidDay(doc, c, anchor, ref)) || ref, tense: nightInto ? 'past' as const : tense, anchor: anchorDay, anchorValue, previous: lastQuarter, lastDate, frame, lastDay, quoted: quoted && frame?.daysBeforeRef === 1 };
    // "on Thursday night … Overnight, drones hit": the night already named, not the one before its day
    const sameNight = isNight(c) && !nightInto && usable?.night === true && anchorValue === usable.value;
    const r: Resolved = sameNight ? { value: `${usable!.value}TNI`, type: 'time' } : resolveCandidate(c, context);
    const comparison = isComparison(c, r.value, ref);
    if (c.point && !comparison && /^\d{4}(?:-\d{2})?/.test(r.value)) lastDate = r.value;
    if (r.dayValue && c.point) {
      lastDay = r.day ?? lastDay;
      const a: Anchor = { day: r.day ?? null, value: r.dayValue, sentence: si, night: EVENING_OR_NIGHT.test(r.value), possessive: /^['’]s\b/.test(text.slice(c.end, c.end + 3)) };
      anchor = a;
      // "the army said in a post on X Wednesday": the day of a saying does not date the events told after it
      if (!isAfterRef(a.day, ref) && !SAYING_BEFORE.test(text.slice(Math.max(0, c.start - SAYING_WINDOW), c.start))) pastAnchor = a;
    } else if (isTimeOnly(c) && usable && context.anchorValue === usable.value) {
      // "at 09:40 … A second attack came at 17:15": a run of clock times stays on the day they
      // started from, however many sentences it takes
      const a: Anchor = { day: usable.day, value: usable.value, sentence: si, night: usable.night };
      anchor = a;
      if (!isAfterRef(a.day, ref)) pastAnchor = a;
    }
    if (/^\d{4}-Q\d$/.test(r.value)) lastQuarter = comparison ? yearLater(r.value) : r.value;
    else if (isPartYearPeriod(c)) lastQuarter = lastQuarter ? lastQuarter.slice(0, 4) : ref ? fmtYear(ref.y) : null;
    out.push({ text: text.slice(c.start, c.end), value: r.value, type: r.type, start: c.start, end: c.end });
  }
  return out;
}
