// Plain calendar arithmetic on UTC days, and the TIMEX3 spellings of each granularity.

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The reference day of an ISO date or date-time string, or null when there is none. */
export function parseReference(published: string | undefined): Day | null {
  if (!published) return null;
  const m = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/.exec(published.trim());
  if (!m) return null;
  const day = { y: Number(m.groups!.year), m: Number(m.groups!.month), d: Number(m.groups!.day) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(day: Day): Date {
  const t = new Date(Date.UTC(2000, day.m - 1, day.d));
  t.setUTCFullYear(day.y);
  return t;
}
function fromUtc(t: Date): Day {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekdayOf(day: Day): number {
  return toUtc(day).getUTCDay() || 7;
}

/** Days from a to b (b - a). */
export function dayDiff(a: Day, b: Day): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(dayDiff(jan1, thursday) / 7) + 1 };
}

export const fmtYear = (y: number): string => pad4(y);
export const fmtMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;
export const fmtDay = (day: Day): string => `${pad4(day.y)}-${pad2(day.m)}-${pad2(day.d)}`;
export function fmtWeek(day: Day): string {
  const w = isoWeek(day);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
