// Turns a candidate's description into a TIMEX3 value against the reference day (the
// publication date), the tense of its sentence, and the day mentioned just before it.
import type { DateType } from '../../record/types.js';
import type { Candidate, DatePoint, TimeOfDay } from './candidate.js';
import {
  addDays, addMonths, dayDiff, daysInMonth, easterSunday, fmtDay, fmtMonth, fmtWeek, fmtYear, isValidDay, pad2, quarterOf, weekdayOf, type Day,
} from './calendar.js';

export type Tense = 'past' | 'future' | 'none';

export interface ResolveContext {
  ref: Day | null;
  tense: Tense;
  /** The last day-precise date mentioned shortly before (same or previous sentence). */
  anchor: Day | null;
  /** Its value, which may have unknown parts ("XXXX-10-08") when there is no reference. */
  anchorValue: string | null;
  /** The last quarter mentioned before, for "a year earlier" in a quarterly report. */
  previous: string | null;
  /** The last calendar value with a known year mentioned anywhere before ("1995", "1998-06"), for "that year". */
  lastDate?: string | null;
  /** The day the article talks about (frame-day.ts), when it is not simply the reference day. */
  frame: FrameDay | null;
  /** The last day mentioned anywhere before, however far back. */
  lastDay: Day | null;
  /** Inside quotation marks, in a report filed after midnight: words said the day before, not at publication. */
  quoted?: boolean;
}

/** The day an article's events happened: its value (known or not, "XXXX-05-06"), the day when the year is known, and whether the report was filed the day after it. */
export interface FrameDay {
  day: Day | null;
  value: string;
  /** Its ISO weekday and how many days before the reference it lies, when the day is known. */
  weekday: number | null;
  daysBeforeRef: number | null;
  /** The article's own date (a date-only line, the dateline's date) where there is no publication date: the reference. */
  datesArticle: boolean;
  /** Named by its weekday or date the day before publication: the report was written that day and filed after midnight. */
  filedNextDay: boolean;
}

export interface Resolved {
  value: string;
  type: DateType;
  /** The day it names, when it names exactly one: later anchors. */
  day?: Day;
  /** The value of that day, even with unknown parts. */
  dayValue?: string;
}

/** How far ahead of the reference this year's Easter may lie and still be the one meant; further ahead, it is last year's. */
const EASTER_STILL_THIS_YEAR_DAYS = 14;

interface PointValue {
  value: string;
  day?: Day;
}

export function resolveCandidate(c: Candidate, rc: ResolveContext): Resolved {
  if (c.literal) return { value: c.literal.value, type: c.literal.type };
  const base: PointValue | null = c.point ? resolvePoint(c.point, rc) : null;
  if (!c.time && c.untilPoint) {
    // "Aug. 5-6": an interval of days; the day it ends on is the one a following "the next day" counts from
    const end = resolvePoint(c.untilPoint, rc);
    return { value: `${base!.value}/${end.value}`, type: 'date', day: end.day, dayValue: dayLevel(end.value) };
  }
  if (!c.time) return { value: base!.value, type: 'date', day: base!.day, dayValue: dayLevel(base!.value) };
  // A clock time or part of day: it sits on the day named with it, else on the day just
  // mentioned, else on the reference day.
  let dayValue: string;
  let day: Day | undefined;
  if (base) {
    dayValue = base.value;
    day = base.day;
  } else if (rc.anchorValue) {
    day = rc.anchor ?? undefined;
    dayValue = rc.anchorValue;
    // "shares closed lower Friday, depressed by overnight losses in New York": the night that ended that morning
    if (day && isPastNight(c, rc) && c.parser !== 'partOfDayOnward') {
      day = addDays(day, -1);
      dayValue = fmtDay(day);
    }
  } else if (isPastNight(c, rc) && rc.ref && !(rc.frame?.daysBeforeRef && rc.frame.daysBeforeRef > 1)) {
    // "drones were downed overnight", told on the day after: the night that ended on the day of the report
    day = addDays(rc.ref, -1);
    dayValue = fmtDay(day);
  } else if (rc.frame && rc.tense !== 'future') {
    // "around 6 a.m." with no day near it: the day the article talks about ("will go on through the night": the coming one)
    day = rc.frame.day ?? undefined;
    dayValue = rc.frame.value;
  } else if (rc.ref) {
    day = rc.ref;
    dayValue = fmtDay(day);
  } else {
    dayValue = 'XXXX-XX-XX';
  }
  const from = `${dayValue}T${timeValue(c.time)}`;
  const dv = base ? dayLevel(base.value) : undefined;
  if (c.until && c.untilPoint) {
    const endDay = resolvePoint(c.untilPoint, { ...rc, anchor: base?.day ?? rc.anchor, anchorValue: base?.value ?? rc.anchorValue });
    // the day it ends on is the one a following "by 4 a.m." means
    return { value: `${from}/${endDay.value}T${timeValue(c.until)}`, type: 'time', day: endDay.day, dayValue: dayLevel(endDay.value) };
  }
  if (c.until && c.untilNextDay) {
    // "drones were downed between 11 p.m. and 6 a.m.", told on the day it names or implies: a night
    // already over, so the one that ended that day ("11 p.m. Friday night" names its evening instead)
    if (!base && day && rc.ref && rc.tense === 'past' && dayDiff(rc.ref, day) >= 0) {
      const eve = addDays(day, -1);
      return { value: `${fmtDay(eve)}T${timeValue(c.time)}/${fmtDay(day)}T${timeValue(c.until)}`, type: 'time', day, dayValue: dv };
    }
    const endValue = day ? fmtDay(addDays(day, 1)) : 'XXXX-XX-XX';
    return { value: `${from}/${endValue}T${timeValue(c.until)}`, type: 'time', day, dayValue: dv };
  }
  if (c.until) return { value: `${from}/${dayValue}T${timeValue(c.until)}`, type: 'time', day, dayValue: dv };
  return { value: from, type: 'time', day, dayValue: dv };
}

/** "overnight", "the night" on its own, told in the past: the night before the day it goes with. */
function isPastNight(c: Candidate, rc: ResolveContext): boolean {
  return (c.parser === 'partOfDay' || c.parser === 'partOfDayOnward') && c.time?.pod === 'NI' && rc.tense !== 'future';
}

/** The value itself when it names one day, known or not (2023-05-04, XXXX-10-08, XXXX-WXX-1). */
function dayLevel(value: string): string | undefined {
  return /^[\dX]{4}-(?:[\dX]{2}-[\dX]{2}|WXX-\d)$/.test(value) && value !== 'XXXX-XX-XX' ? value : undefined;
}

function timeValue(t: TimeOfDay): string {
  if (t.hour != null) return `${pad2(t.hour)}:${pad2(t.minute ?? 0)}${t.second != null ? `:${pad2(t.second)}` : ''}`;
  return t.pod ?? 'XX';
}

type PointOf<K extends DatePoint['kind']> = Extract<DatePoint, { kind: K }>;

export function resolvePoint(p: DatePoint, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  switch (p.kind) {
    case 'calendar':
      return resolveCalendar(p, rc);
    case 'nthWeekday':
      return resolveNthWeekday(p, rc);
    case 'easter':
      return resolveEaster(p, rc);
    case 'relativeDay':
      return resolveRelativeDay(p, rc);
    case 'anchorDay': {
      // "killed last October … crossed out that same day": the time named last is a month, so a day of it
      if (!rc.anchorValue && rc.lastDate && /^\d{4}-\d{2}$/.test(rc.lastDate)) return { value: `${rc.lastDate}-XX` };
      // "the next morning" with no day just before: the day the story was last at, else the reference
      const from = rc.anchor ?? rc.lastDay ?? ref;
      return from ? dayValue(addDays(from, p.offset)) : { value: 'XXXX-XX-XX' };
    }
    case 'weekday':
      return resolveWeekday(p, rc);
    case 'weekdayInWeek': {
      if (!ref) return { value: `XXXX-WXX-${p.weekday}` };
      const inWeek = addDays(ref, 7 * p.weeks);
      return dayValue(addDays(inWeek, p.weekday - weekdayOf(inWeek)));
    }
    case 'relative':
      return relativeUnit(ref, p.unit, p.offset);
    case 'anchorUnit':
      return resolveAnchorUnit(p, rc);
    case 'quarter':
      return resolveQuarter(p, rc);
    case 'half': {
      const y = p.y ?? (ref ? ref.y + (p.yearOffset ?? 0) : null);
      return { value: `${y == null ? 'XXXX' : fmtYear(y)}-H${p.h}` };
    }
    case 'season':
      return resolveSeason(p, ref);
    case 'yearBack':
      return resolveYearBack(p, rc);
    case 'shifted': {
      const base = resolvePoint(p.base, rc);
      return base.day ? dayValue(addDays(base.day, p.days)) : { value: 'XXXX-XX-XX' };
    }
    case 'weekOf': {
      const base = resolvePoint(p.base, rc);
      return { value: base.day ? fmtWeek(base.day) : 'XXXX-WXX' };
    }
  }
}

function resolveCalendar(p: PointOf<'calendar'>, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  if (p.y != null) {
    if (p.m == null) return { value: fmtYear(p.y) };
    if (p.d == null) return { value: fmtMonth(p.y, p.m) };
    const day = { y: p.y, m: p.m, d: p.d };
    return { value: fmtDay(day), day: isValidDay(day) ? day : undefined };
  }
  if (p.m == null) return { value: 'XXXX' };
  if (!ref) return { value: p.d == null ? `XXXX-${pad2(p.m)}` : `XXXX-${pad2(p.m)}-${pad2(p.d)}` };
  if (p.dir) {
    const y = p.dir === 'this' ? ref.y : p.dir === 'last' ? (p.m < ref.m ? ref.y : ref.y - 1) : p.m > ref.m ? ref.y : ref.y + 1;
    return p.d == null ? { value: fmtMonth(y, p.m) } : dayValue({ y, m: p.m, d: p.d });
  }
  if (p.yearOffset != null) {
    const y = ref.y + p.yearOffset;
    return p.d == null ? { value: fmtMonth(y, p.m) } : dayValue({ y, m: p.m, d: p.d });
  }
  const y = inferYear(ref, p.m, p.d ?? (p.m === ref.m ? ref.d : 15), rc.tense);
  return p.d == null ? { value: fmtMonth(y, p.m) } : dayValue({ y, m: p.m, d: p.d });
}

function resolveNthWeekday(p: PointOf<'nthWeekday'>, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  if (!ref) return { value: `XXXX-${pad2(p.m)}-XX` };
  const inYear = (y: number): Day => {
    let day: Day;
    if (p.nth > 0) {
      const first = { y, m: p.m, d: 1 };
      day = addDays(first, ((p.weekday - weekdayOf(first) + 7) % 7) + 7 * (p.nth - 1));
    } else {
      const last = { y, m: p.m, d: daysInMonth(y, p.m) };
      day = addDays(last, -((weekdayOf(last) - p.weekday + 7) % 7));
    }
    return addDays(day, p.plus);
  };
  let day = inYear(ref.y);
  if (p.dir === 'last' && dayDiff(day, ref) <= 0) day = inYear(ref.y - 1);
  else if (p.dir === 'next' && dayDiff(day, ref) >= 0) day = inYear(ref.y + 1);
  else if (!p.dir) day = inYear(inferYear(ref, p.m, 15, rc.tense));
  return dayValue(day);
}

function resolveEaster(p: PointOf<'easter'>, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  const at = (y: number): Day => addDays(easterSunday(y), p.plus);
  let day: Day;
  if (p.y != null) day = at(p.y);
  else if (!ref) return { value: p.week ? 'XXXX-WXX' : 'XXXX-XX-XX' };
  else {
    day = at(ref.y);
    // Like a weekday: the one just past unless the clause looks ahead, or "last"/"next" says otherwise.
    const ahead = p.dir === 'next' || (p.dir !== 'last' && rc.tense === 'future');
    if (p.dir === 'last' && dayDiff(day, ref) <= 0) day = at(ref.y - 1);
    else if (ahead && dayDiff(day, ref) > 0) day = at(ref.y + 1);
    else if (!ahead && p.dir !== 'last' && dayDiff(day, ref) < -EASTER_STILL_THIS_YEAR_DAYS) day = at(ref.y - 1);
  }
  return p.week ? { value: fmtWeek(day) } : dayValue(day);
}

/**
 * "today", "tonight", "this morning": the reference day; without one, the day the article names. In
 * a report filed after midnight, told in the past tense ("tonight it caused the deaths of …") or
 * quoted from the evening it reports ("“… the rain that has fallen today”"), the day it was said: the
 * event day or the publication day, whichever was named last, else the event day.
 */
function resolveRelativeDay(p: PointOf<'relativeDay'>, rc: ResolveContext): PointValue {
  const frame = rc.frame;
  if (frame && p.offset === 0 && !rc.ref) return frame.day ? dayValue(frame.day) : { value: frame.value };
  if (frame?.day && rc.ref && p.offset === 0 && frame.filedNextDay && (rc.tense === 'past' || rc.quoted)) {
    const last = rc.lastDay;
    return dayValue(last && (dayDiff(last, frame.day) === 0 || dayDiff(last, rc.ref) === 0) ? last : frame.day);
  }
  const from = rc.ref ?? frame?.day ?? null;
  return from ? dayValue(addDays(from, p.offset)) : { value: 'XXXX-XX-XX' };
}

function resolveWeekday(p: PointOf<'weekday'>, rc: ResolveContext): PointValue {
  // "down 4.5% from the previous Friday": from the day the story is at, however far back it was named
  const from = p.fromAnchor ? rc.anchor ?? rc.lastDay ?? rc.ref : rc.ref;
  if (!from) return { value: `XXXX-WXX-${p.weekday}` };
  // a bare weekday naming the weekday of the article's event day, that week, is that day ("on
  // Saturday vowing Hezbollah will pay" in a report of Saturday's attack)
  const frame = rc.frame;
  if (frame?.day && p.dir === 'auto' && !p.fromAnchor && frame.weekday === p.weekday && frame.daysBeforeRef !== null && frame.daysBeforeRef < 7) return dayValue(frame.day);
  const diff = p.weekday - weekdayOf(from); // -6 … 6
  let offset: number;
  if (p.dir === 'last') offset = diff < 0 ? diff : diff - 7;
  else if (p.dir === 'next') offset = diff > 0 ? diff : diff + 7;
  else if (p.dir === 'this') offset = diff;
  else if (rc.tense === 'future' && !p.pastOnly) offset = diff >= 0 ? diff : diff + 7;
  // the weekday after the reference's is tomorrow more often than six days ago, whatever the tense
  // ("planes arriving on Wednesday morning", written on a Tuesday; Monday, written on a Sunday)
  else if ((diff + 7) % 7 === 1 && !p.pastOnly && !p.fromAnchor) offset = 1;
  else offset = diff <= 0 ? diff : diff - 7;
  return dayValue(addDays(from, offset));
}

/** "that year", "the following month": counted from the last dated year or month, else from the reference. */
function resolveAnchorUnit(p: PointOf<'anchorUnit'>, rc: ResolveContext): PointValue {
  const m = rc.lastDate ? /^(?<year>\d{4})(?:-(?<month>\d{2}))?/.exec(rc.lastDate) : null;
  if (!m) return relativeUnit(rc.ref, p.unit, p.offset);
  const { year, month } = m.groups!;
  if (p.unit === 'year') return { value: fmtYear(Number(year) + p.offset) };
  if (!month) return { value: 'XXXX-XX' };
  const t = addMonths(Number(year), Number(month), p.offset);
  return { value: fmtMonth(t.y, t.m) };
}

function resolveQuarter(p: PointOf<'quarter'>, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  if (p.y != null && p.q != null) return { value: `${fmtYear(p.y)}-Q${p.q}` };
  // "for the nine months, … compared with the 1988 period": the period of the report, here a year
  const yearPeriod = p.period && rc.previous && /^\d{4}$/.test(rc.previous) ? Number(rc.previous) : null;
  if (yearPeriod != null) return { value: fmtYear(p.y ?? yearPeriod + (p.yearOffset ?? 0)) };
  if (!ref) return { value: p.q != null ? `XXXX-Q${p.q}` : 'XXXX-QX' };
  // News reports quarters once they are over: "the quarter" is the last complete one.
  const current = quarterOf(ref.m);
  const reported = p.current ? { y: ref.y, q: current } : current === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: current - 1 };
  let y = p.y ?? reported.y;
  const q = p.q ?? reported.q;
  if (p.y == null && p.q != null) {
    y = ref.y;
    if (p.q > current && rc.tense !== 'future') y -= 1;
  }
  if (p.yearOffset) y += p.yearOffset;
  return { value: `${fmtYear(y)}-Q${q}` };
}

function resolveSeason(p: PointOf<'season'>, ref: Day | null): PointValue {
  if (p.y != null) return { value: `${fmtYear(p.y)}-${p.season}` };
  if (!ref) return { value: `XXXX-${p.season}` };
  // A season is over by the month after it ends (winter ends in February of the next year).
  const endMonth: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };
  const over = (endMonth[p.season] ?? 12) < ref.m;
  const y = p.dir === 'last' ? (over ? ref.y : ref.y - 1) : p.dir === 'next' ? (over ? ref.y + 1 : ref.y) : ref.y;
  return { value: `${fmtYear(y)}-${p.season}` };
}

/** "a year earlier": the previous value at its own granularity ("1998-Q3" gives "1997-Q3"), a year back. */
function resolveYearBack(p: PointOf<'yearBack'>, rc: ResolveContext): PointValue {
  const ref = rc.ref;
  const prev = rc.previous;
  const m = prev ? /^(?<year>\d{4})(?<rest>-(?:Q\d|H\d|\d{2}(?:-\d{2})?|W\d{2}))?$/.exec(prev) : null;
  if (m && prev !== (ref ? fmtDay(ref) : '')) return { value: `${fmtYear(Number(m.groups!.year) - p.years)}${m.groups!.rest ?? ''}` };
  return ref ? { value: fmtYear(ref.y - p.years) } : { value: 'XXXX' };
}

function dayValue(day: Day): PointValue {
  return isValidDay(day) ? { value: fmtDay(day), day } : { value: fmtDay(day) };
}

/** Months ahead of the reference from which a past-tense mention means last year (chosen on TimeBank dev, docs/extraction-notes.md). */
const PAST_MONTH_GAP = 2;

/**
 * The year of a month (and day) given without one. News means the publication year, except
 * across a new year: "in October" written in January is last October when the sentence tells
 * of the past, and "in January" written in December is next January when it tells of the future.
 */
function inferYear(ref: Day, m: number, _d: number, tense: Tense): number {
  // far ahead is last year's and far behind next year's, unless the tense says otherwise: "will fly a
  // mission in December" written in March is this December, "in January, X was hired" written in October this January
  if (m - ref.m >= 8 && tense !== 'future') return ref.y - 1;
  if (ref.m - m >= 8 && tense !== 'past') return ref.y + 1;
  // Told in the past tense, a month later in the year than the reference is last year's.
  if (tense === 'past' && m - ref.m >= PAST_MONTH_GAP) return ref.y - 1;
  if (tense === 'future' && ref.m >= 11 && m <= 2) return ref.y + 1;
  return ref.y;
}

function relativeUnit(ref: Day | null, unit: string, offset: number): PointValue {
  if (!ref) {
    const unknown: Record<string, string> = {
      day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX',
      decade: 'XXX', century: 'XX',
    };
    return { value: unknown[unit] ?? 'XXXX' };
  }
  switch (unit) {
    case 'day':
      return dayValue(addDays(ref, offset));
    case 'week':
      return { value: fmtWeek(addDays(ref, 7 * offset)) };
    case 'weekend': {
      // "the weekend", "last weekend" (-1): the one just past, or under way; "this weekend" (0): the
      // one of this week, still to come on a weekday ("will face a final vote this weekend")
      const wd = weekdayOf(ref);
      const saturday = wd >= 6 || offset === 0 ? addDays(ref, 6 - wd) : addDays(ref, -wd - 1);
      return { value: `${fmtWeek(offset > 0 ? addDays(saturday, 7 * offset) : saturday)}-WE` };
    }
    case 'month': {
      const t = addMonths(ref.y, ref.m, offset);
      return { value: fmtMonth(t.y, t.m) };
    }
    case 'quarter': {
      const t = addMonths(ref.y, ref.m, 3 * offset);
      return { value: `${fmtYear(t.y)}-Q${quarterOf(t.m)}` };
    }
    case 'year':
      return { value: fmtYear(ref.y + offset) };
    case 'decade':
      return { value: String(Math.floor((ref.y + 10 * offset) / 10)) };
    case 'century':
      return { value: String(Math.floor((ref.y + 100 * offset) / 100)).padStart(2, '0') };
  }
  return { value: 'XXXX' };
}
