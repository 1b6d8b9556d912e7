// The day a claim is about, from a count's `when` (a TIMEX3 value), and the days a day, month or
// year spans, so that claims can be kept to a range of days.

// A calendar day, with a time, a part of day or nothing after it: 2025-10-08, 2025-10-08T14:00,
// 2025-10-08TNI; the year may be unknown (XXXX-10-08).
const DAY = /^(?<day>[\dX]{4}-\d{2}-\d{2})(?:T|$)/;
// A period coarser than a day keeps its own unit: a year, a decade, a month, a week, a quarter, a half, a season.
const PERIOD = /^(?<period>[\dX]{3,4}(?:-(?:\d{2}|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?)$/;
const UNKNOWN = /^X+$/;

/**
 * The calendar day a count's `when` starts in (an interval's start); a month, year or other period
 * as it is; null for no value or one that is no point in time (a duration, PRESENT_REF, XXXX-XX-XX).
 */
export function dayOf(when: string | null | undefined): string | null {
  if (typeof when !== 'string') return null;
  const start = when.split('/')[0]!.trim();
  const day = DAY.exec(start)?.groups!.day;
  if (day) return day;
  const period = PERIOD.exec(start)?.groups!.period;
  return period && !UNKNOWN.test(period) ? period : null;
}

const YEAR = /^(?<year>\d{4})$/;
const MONTH = /^(?<year>\d{4})-(?<month>\d{2})$/;
const FULL_DAY = /^(?<year>\d{4})-(?<month>\d{2})-(?<date>\d{2})$/;

export interface DaySpan {
  first: string;
  last: string;
}

/**
 * The first and last day (YYYY-MM-DD) of a day, month or year; undefined for what has no known
 * span (an unknown year, a week, a season), which a range of days can neither hold nor leave out.
 */
export function spanOf(day: string): DaySpan | undefined {
  if (FULL_DAY.test(day)) return { first: day, last: day };
  const month = MONTH.exec(day)?.groups;
  if (month) {
    const days = new Date(Date.UTC(Number(month.year), Number(month.month), 0)).getUTCDate();
    return { first: `${day}-01`, last: `${day}-${String(days).padStart(2, '0')}` };
  }
  if (YEAR.test(day)) return { first: `${day}-01-01`, last: `${day}-12-31` };
  return undefined;
}

/** True when every day of `day`'s span lies in [since, until] (either end open when undefined). */
export function dayWithin(day: string | null, since: string | undefined, until: string | undefined): boolean {
  if (since === undefined && until === undefined) return true;
  const span = day === null ? undefined : spanOf(day);
  if (!span) return false;
  return (since === undefined || span.first >= since) && (until === undefined || span.last <= until);
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is none). */
export function isCalendarDay(value: string): boolean {
  const m = FULL_DAY.exec(value)?.groups;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m.year), Number(m.month) - 1, Number(m.date)));
  return d.getUTCFullYear() === Number(m.year) && d.getUTCMonth() === Number(m.month) - 1 && d.getUTCDate() === Number(m.date);
}
