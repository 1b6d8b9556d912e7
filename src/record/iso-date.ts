// What the record's `published` and `--published` accept: an ISO 8601 date or date-time of a day
// that exists. Date.parse alone would take 2024-02-30 as 1 March.

const ISO_DATE =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?(?:Z|[+-](?<zoneHour>\d{2}):?(?<zoneMinute>\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a value is an ISO 8601 date or date-time (optionally zoned) that names a real day and time. */
export function isIsoDate(value: string): boolean {
  const g = ISO_DATE.exec(value)?.groups;
  if (!g) return false;
  const year = Number(g.year), month = Number(g.month), day = Number(g.day);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (g.hour !== undefined && (Number(g.hour) > 23 || Number(g.minute) > 59 || Number(g.second ?? 0) > 59)) return false;
  return g.zoneHour === undefined || (Number(g.zoneHour) <= 14 && Number(g.zoneMinute) <= 59);
}
