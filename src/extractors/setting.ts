import type { ArticleFrame } from '../document/frame.js';
import type { Span } from '../document/span.js';
import type { DateItem, Region, RegionKind } from '../record/types.js';
import { alternation } from '../language/alternation.js';
import { DISTANCE_UNITS } from '../language/counting.js';
import { DIRECTIONS } from '../language/places.js';

// A city or region says more about where events happened than the country holding it.
export const SPECIFICITY: Readonly<Record<RegionKind, number>> = { city: 2, region: 2, country: 1 };

/** The regions with a mention inside `span`, in the order first named there. */
export function regionsNamedIn(regions: readonly Region[], span: Span): Region[] {
  const firstAt = (r: Region) => r.mentions.find((m) => m.start >= span.start && m.end <= span.end)?.start ?? -1;
  return regions.filter((r) => firstAt(r) >= 0).sort((a, b) => firstAt(a) - firstAt(b));
}

// "about 640 km (400 miles) east of the capital, Jakarta", "430 miles southeast of Manila", "30 km from
// Kherson": a distance and a direction or "from" before a place measure from it; a capital named in
// apposition may stand between.
const DISTANCE_BEFORE = new RegExp(
  String.raw`\d[\d,.]*\s*(?:${alternation([...DISTANCE_UNITS])})\.?\s+(?:\([^()]{0,40}\)\s+)?(?:(?:to\s+the\s+)?(?:${alternation(DIRECTIONS)})\s+of|(?:away\s+)?from)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*,\s*|\p{Ll}+\s+of\s+)?$`,
  'iu',
);
/** Characters before a place read for a distance from it. */
const DISTANCE_WINDOW = 90;

/** Whether the place named at `start` is only where a distance is measured from. */
export function measuredFrom(text: string, start: number): boolean {
  return DISTANCE_BEFORE.test(text.slice(Math.max(0, start - DISTANCE_WINDOW), start));
}

/**
 * The regions as they locate things: without the mentions that only measure a distance from a place
 * ("the quake struck 430 miles southeast of Manila" happened nowhere near Manila); a region named only
 * so is left out.
 */
export function locatingRegions(text: string, regions: Region[]): Region[] {
  // read once an article: the counts and the officials extractors both ask for it
  let out = LOCATING.get(regions);
  if (out) return out;
  out = [];
  for (const r of regions) {
    const mentions = r.mentions.filter((m) => !measuredFrom(text, m.start));
    if (mentions.length === r.mentions.length) out.push(r);
    else if (mentions.length) out.push({ ...r, mentions });
  }
  if (out.length === regions.length && out.every((r, i) => r === regions[i])) out = regions;
  LOCATING.set(regions, out);
  return out;
}
const LOCATING = new WeakMap<Region[], Region[]>();

/**
 * The place an article reports on: the most specific region its headline, dateline and lead name,
 * the one named most often across the article breaking ties; null when they name none. Extractors
 * give it to facts whose own sentence and paragraph name no place.
 */
export function articlePlace(frame: ArticleFrame, regions: readonly Region[]): Region | null {
  const opening = [frame.headline, frame.dateline?.place ?? null, frame.lead].filter((s): s is Span => s !== null);
  const named = new Set(opening.flatMap((span) => regionsNamedIn(regions, span)));
  let best: Region | null = null;
  for (const r of named) {
    if (!best || SPECIFICITY[r.kind] > SPECIFICITY[best.kind] || (SPECIFICITY[r.kind] === SPECIFICITY[best.kind] && r.mentions.length > best.mentions.length)) best = r;
  }
  return best;
}

// A TIMEX3 value that names a day (or a weekday when the year is unknown), with or without a time or part of day.
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-\d)/;
const REFERENCE_VALUE = /_REF$/;
/** How many days before publication the day an article reports on may lie. */
const REPORT_REACH_DAYS = 7;
const DAY_MS = 86_400_000;
const PUBLISHED_DAY = /^\d{4}-\d{2}-\d{2}/;
// a year or a month: "2024", "2024-07"
const PERIOD_VALUE = /^\d{4}(?:-\d{2})?$/;
const inside = (d: DateItem, span: Span | null) => span !== null && d.start >= span.start && d.end <= span.end;
/** The paragraphs that open an article: where a date line stands, and where one without a publication date names its day. */
const OPENING_PARAGRAPHS = 3;

/** A date or time that anchors an event on the calendar: not a duration, a set, nor "now" or "recently". */
export function anchorsEvent(d: DateItem): boolean {
  return (d.type === 'date' || d.type === 'time') && !REFERENCE_VALUE.test(d.value);
}

// "120 residents have relocated … after the alert was raised on Wednesday": a state told as of the
// report (a present perfect), with the day of what led to it in a clause of its own
const PERFECT_THEN_AFTER = /(?:^|[^\p{L}])(?:has|have)\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en)(?![\p{L}])[^.;!?]*?(?:^|[^\p{L}])(?:after|following)\s[^.;!?]*$/iu;
/** Characters before a date read for the clause that holds it. */
const BACKGROUND_REACH = 300;

/** Whether a date only dates what led to a state the sentence tells as of the report (see PERFECT_THEN_AFTER). */
export function datesBackground(text: string, from: number, d: DateItem): boolean {
  return PERFECT_THEN_AFTER.test(text.slice(Math.max(from, d.start - BACKGROUND_REACH), d.start));
}

/**
 * The time an article reports on: the first day its headline, lead, dateline or date line names,
 * else the first its other paragraphs name ("The incident happened at 7.40pm on Friday"), within a
 * week before publication (an older day is background, a later one is ahead); else the publication
 * day; null when it has neither. Without a publication date to tell recent from background, the
 * first day its opening paragraphs name. A headline or lead that names no day but the year or month
 * it reports in ("the flood this year damaged …") frames the report by that period. Facts whose own
 * sentence names no time happened then. The date that names it comes with it, for what its words
 * around it say ("on the night of October 16").
 */
export function articleTime(frame: ArticleFrame, text: string, dates: readonly DateItem[], published: string | undefined): ArticleTime | null {
  const pub = published && PUBLISHED_DAY.test(published) ? Date.parse(published.slice(0, 10)) : NaN;
  const framing = periodFraming(frame, dates, published);
  if (framing) return { value: framing.value, date: framing };
  const recent = (daysAfter: number) => (d: DateItem) => {
    if (!anchorsEvent(d) || !DAY_VALUE.test(d.value)) return false;
    const day = Date.parse(d.value.slice(0, 10));
    return Number.isNaN(pub) || (!Number.isNaN(day) && day <= pub + daysAfter * DAY_MS && day >= pub - REPORT_REACH_DAYS * DAY_MS);
  };
  const opening = [frame.headline, frame.lead, frame.dateline?.date ?? null].filter((s): s is Span => s !== null);
  opening.push(...frame.paragraphs.filter((p, i) => i < OPENING_PARAGRAPHS && p.role === 'dateline'));
  // a report filed after midnight names the day before as "today": the opening may name the day after publication
  for (const span of opening) {
    const named = dates.find((d) => inside(d, span) && recent(1)(d) && !datesBackground(text, span.start, d));
    // a line of only the publication date ("Sat, 08 Jul, 2023 - 09:36") dates the page, not its events
    if (named && !(Date.parse(named.value.slice(0, 10)) === pub && isDateLine(text, span, dates))) return { value: named.value, date: named };
  }
  // one pass in text order over the dates of the body paragraphs
  const inBody = (d: DateItem) => {
    const i = frame.paragraphIndexAt(d.start);
    return i >= 0 && frame.paragraphs[i]!.role === 'body' && (!Number.isNaN(pub) || i < OPENING_PARAGRAPHS);
  };
  const recentToday = recent(0);
  const body = (d: DateItem) => inBody(d) && recentToday(d) && !datesBackground(text, frame.paragraphs[frame.paragraphIndexAt(d.start)]!.start, d);
  const first = dates.find(body);
  if (first) return { value: first.value, date: first };
  return Number.isNaN(pub) ? null : { value: published!.slice(0, 10), date: null };
}

/** Whether a span holds nothing but dates and short marks: no word of its own beyond a weekday's or month's abbreviation. */
function isDateLine(text: string, span: Span, dates: readonly DateItem[]): boolean {
  let rest = '';
  let at = span.start;
  for (const d of dates) {
    if (!inside(d, span)) continue;
    rest += text.slice(at, d.start);
    at = d.end;
  }
  return at > span.start && !LONG_WORD.test(rest + text.slice(at, span.end));
}
const LONG_WORD = /\p{L}{4,}/u;

/** The time an article reports on, and the date in its text that names it (null for the publication day). */
export interface ArticleTime {
  value: string;
  date: DateItem | null;
}

/** The year or month a headline or lead naming no day frames the report by, when publication lies in it. */
function periodFraming(frame: ArticleFrame, dates: readonly DateItem[], published: string | undefined): DateItem | null {
  if (!published) return null;
  const opening = (d: DateItem) => (inside(d, frame.headline) || inside(d, frame.lead)) && anchorsEvent(d);
  if (dates.some((d) => opening(d) && DAY_VALUE.test(d.value))) return null;
  return dates.find((d) => opening(d) && PERIOD_VALUE.test(d.value) && published.startsWith(d.value)) ?? null;
}

/**
 * The regions the section of a round-up holding `pos` is about: those named by the nearest paragraph
 * up to `pos` that opens with "In X," or is a heading line ("Bihar"), in the order named there; empty
 * when no such opening names a region found (ArticleFrame's `setting`). With `headings`, only heading
 * lines open sections: "In X," is as often a turn of an argument as a section of a report.
 */
export function sectionRegions(frame: ArticleFrame, regions: readonly Region[], pos: number, headings = false): Region[] {
  for (let k = frame.paragraphIndexAt(pos); k >= 0; k--) {
    const setting = frame.paragraphs[k]!.setting;
    if (!setting || setting.start >= pos || (headings && !setting.heading)) continue;
    const named = regionsNamedIn(regions, setting);
    if (named.length) return named;
  }
  return [];
}

/** How many regions the article's section openings (with `headings`, its heading lines) name: two or more make it a round-up of places. */
export function sectionPlaceCount(frame: ArticleFrame, regions: readonly Region[], headings = false): number {
  const named = new Set<Region>();
  for (const p of frame.paragraphs) if (p.setting && (!headings || p.setting.heading)) for (const r of regionsNamedIn(regions, p.setting)) named.add(r);
  return named.size;
}
