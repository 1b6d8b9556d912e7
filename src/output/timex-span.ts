/**
 * The stretch of time a TIMEX3 value names, as ISO 8601 local times `YYYY-MM-DDTHH:MM:SS`: `begin`
 * and `until`, half-open (`2024-10-08` is 2024-10-08T00:00:00 until 2024-10-09T00:00:00), so that a
 * day, a week and a quarter compare and sort alike. Only values that fix their place in time
 * resolve: one with an unknown part (`XXXX-10-08`, `2024-07-XX`), a reference (`PRESENT_REF`), a
 * duration (`P3D`) or a set does not.
 */
export interface TimeSpan {
  begin: string;
  until: string;
}

/** Parts of day (TIMEX3 `TMO` …) as hours from the day's midnight; a night runs into the next morning. */
const PARTS_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], DT: [6, 18], EV: [18, 24], NI: [18, 30] };
/** Seasons as months (meteorological, northern hemisphere): winter runs from December into the next year. */
const SEASONS: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };

const YEARS = /^(?<digits>\d{2,4})X*$/;
const MONTH = /^(?<year>\d{4})-(?<month>\d{2})$/;
const DAY = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<time>.+))?$/;
const WEEK = /^(?<year>\d{4})-W(?<week>\d{2})(?:-(?<weekday>[1-7]|WE))?(?:T(?<time>.+))?$/;
const PART_OF_YEAR = /^(?<year>\d{4})-(?<part>Q[1-4]|H[12]|SP|SU|FA|WI)$/;
const CLOCK = /^(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))?$/;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds of a UTC calendar time, years below 100 included (Date.UTC would read 19 as 1919). */
function at(year: number, month: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // month 13 is the next year's January
  return d.getTime();
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** A span in milliseconds, or undefined. */
type Millis = [number, number] | undefined;

export function timexSpan(value: string): TimeSpan | undefined {
  const halves = value.split('/');
  if (halves.length > 2) return undefined;
  const first = spanOf(halves[0]!);
  const last = halves.length === 2 ? spanOf(halves[1]!) : first;
  if (!first || !last || (halves.length === 2 && last[1] <= first[0])) return undefined;
  return { begin: iso(first[0]), until: iso(last[1]) };
}

function spanOf(value: string): Millis {
  const years = YEARS.exec(value)?.groups;
  if (years) return yearsSpan(years.digits!, value.length);
  const month = MONTH.exec(value)?.groups;
  if (month) return monthSpan(Number(month.year), Number(month.month), 1);
  const part = PART_OF_YEAR.exec(value)?.groups;
  if (part) return partOfYear(Number(part.year), part.part!);
  const day = DAY.exec(value)?.groups;
  if (day) return validDay(day) ? withTime(at(Number(day.year), Number(day.month), Number(day.day)), DAY_MS, day.time) : undefined;
  const week = WEEK.exec(value)?.groups;
  if (week) return weekSpan(Number(week.year), Number(week.week), week.weekday, week.time);
  return undefined;
}

/** `2016` a year, `196` or `196X` a decade, `19` or `19XX` a century. */
function yearsSpan(digits: string, width: number): Millis {
  if (width !== 4 && width !== digits.length) return undefined; // X pads a decade or century to four places, no other width
  const scale = 10 ** (4 - digits.length);
  const year = Number(digits) * scale;
  return [at(year, 1), at(year + scale, 1)];
}

const monthSpan = (year: number, month: number, months: number): Millis => (month >= 1 && month <= 12 ? [at(year, month), at(year, month + months)] : undefined);

function partOfYear(year: number, part: string): Millis {
  if (part[0] === 'Q') return monthSpan(year, 3 * Number(part[1]) - 2, 3);
  if (part[0] === 'H') return monthSpan(year, 6 * Number(part[1]) - 5, 6);
  const [from, to] = SEASONS[part]!;
  return [at(year, from), at(year, to)];
}

/** A day that exists: `2024-02-30` names none. */
function validDay(groups: Record<string, string | undefined>): boolean {
  const [year, month, day] = [Number(groups.year), Number(groups.month), Number(groups.day)];
  return month >= 1 && month <= 12 && day >= 1 && new Date(at(year, month, day)).getUTCDate() === day;
}

/** ISO 8601 week: week 1 holds the year's first Thursday; a week runs Monday to Sunday, its weekend Saturday and Sunday. */
function weekSpan(year: number, week: number, weekday: string | undefined, time: string | undefined): Millis {
  const jan4 = at(year, 1, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  if (week < 1 || week > 53 || new Date(monday + 3 * DAY_MS).getUTCFullYear() !== year) return undefined;
  if (weekday === undefined) return time === undefined ? [monday, monday + 7 * DAY_MS] : undefined;
  if (weekday === 'WE') return time === undefined ? [monday + 5 * DAY_MS, monday + 7 * DAY_MS] : undefined;
  return withTime(monday + (Number(weekday) - 1) * DAY_MS, DAY_MS, time);
}

/** A day's span narrowed by its time: a part of day, or a clock time, which is an instant (begin = until). */
function withTime(start: number, length: number, time: string | undefined): Millis {
  if (time === undefined) return [start, start + length];
  const part = PARTS_OF_DAY[time];
  if (part) return [start + part[0] * HOUR_MS, start + part[1] * HOUR_MS];
  const clock = CLOCK.exec(time)?.groups;
  if (!clock) return undefined;
  const [hour, minute, second] = [Number(clock.hour), Number(clock.minute), Number(clock.second ?? 0)];
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && minute + second > 0)) return undefined;
  const instant = start + hour * HOUR_MS + minute * 60_000 + second * 1000;
  return [instant, instant];
}
