// What a date parser finds: a span and an unresolved description of the time it names.
// The resolve refiner turns descriptions into TIMEX3 values once the whole text has been read,
// since "the day before" or "at 4 p.m." take their day from the date mentioned before them.
import type { DateType } from '../../record/types.js';
import type { Unit } from '../../language/calendar.js';
import type { Parser } from '../framework.js';

/** last / this / next, as a word before the date says it. */
export type Direction = 'last' | 'this' | 'next';

export type DatePoint =
  /** A calendar date with the parts the text gives; a missing year is inferred from the reference. */
  | { kind: 'calendar'; y?: number; m?: number; d?: number; yearOffset?: number; dir?: Direction }
  /** today (0), yesterday (-1), tomorrow (1): counted from the reference day. */
  | { kind: 'relativeDay'; offset: number }
  /** the day before (-1), the next day (1), that day (0): counted from the last day mentioned. */
  | { kind: 'anchorDay'; offset: number }
  /** The nth weekday of a month (nth -1: the last), plus some days: Thanksgiving, Election Day. */
  | { kind: 'nthWeekday'; m: number; weekday: number; nth: number; plus: number; dir?: Direction }
  /** Easter Sunday plus some days (Good Friday -2, Easter Monday 1); week: the week it falls in. */
  | { kind: 'easter'; plus: number; week?: boolean; y?: number; dir?: Direction }
  /** pastOnly: a possessive ("Wednesday's ruling") names a day already come, whatever the tense. */
  /** fromAnchor: "the previous Friday", "the following Monday" count from the day just mentioned. */
  | { kind: 'weekday'; weekday: number; dir: 'last' | 'next' | 'this' | 'auto'; pastOnly?: boolean; fromAnchor?: boolean }
  /** last week (-1), this month (0), two years ago (-2): the unit containing reference + offset. */
  | { kind: 'relative'; unit: Unit; offset: number }
  /** A quarter: q absent for "the quarter" (the latest reported one); yearOffset for "the year-ago quarter". */
  /** period: named "period", not "quarter" ("the 1988 period"): as long as the report's period, which may be a year. */
  | { kind: 'quarter'; q?: number; y?: number; yearOffset?: number; current?: boolean; period?: boolean }
  | { kind: 'half'; h: number; y?: number; yearOffset?: number }
  | { kind: 'season'; season: string; y?: number; dir?: Direction }
  /** "that year" (0), "the following month" (1), "the previous year" (-1): counted from the last date mentioned. */
  | { kind: 'anchorUnit'; unit: 'year' | 'month'; offset: number }
  /** "a year ago", "a year earlier": the same granularity as the date just before it, a year back. */
  | { kind: 'yearBack'; years: number }
  /** "the day before last Tuesday's hearing": a day some days from the one named. */
  | { kind: 'shifted'; base: DatePoint; days: number }
  /** "last week, on Tuesday": a weekday of the week some weeks from the reference's (-1: last week). */
  | { kind: 'weekdayInWeek'; weekday: number; weeks: number }
  /** "the week of March 6": the week the day named falls in. */
  | { kind: 'weekOf'; base: DatePoint };

export interface TimeOfDay {
  hour?: number;
  minute?: number;
  /** Part of day: MO, AF, EV, NI, MI. */
  pod?: string;
  /** Seconds, when the text gives them ("3:09:15 AM"). */
  second?: number;
}

/**
 * A date parser. `cues`, when given, are lower-case words of which the text holds one, in any case,
 * wherever the pattern matches (in the match, or in what its lookbehind reads): a text that holds
 * none of them is not scanned (index.ts). A property test holds each parser to its cues.
 */
export interface DateParser extends Parser<Candidate> {
  cues?: readonly string[];
  anchor?: Anchor;
}

/**
 * A word every match of a parser's pattern holds (anchors.ts): `pattern` (global) finds it, and a
 * match starts where a word does (a `\w` character after none), at most `reach` runs of non-space
 * characters before the first anchor at or after its start. The pattern is then tried only there.
 * A property test holds each parser to its anchor.
 */
export interface Anchor {
  pattern: RegExp;
  reach: number;
}

/** Every time of day is made here, all fields in one order (see candidateAt). */
export function timeOfDay(hour: number | undefined, minute: number | undefined, pod?: string, second?: number): TimeOfDay {
  return { hour, minute, pod, second };
}

export interface Candidate {
  start: number;
  end: number;
  parser: string;
  point?: DatePoint;
  time?: TimeOfDay;
  /** An interval of clock times on one day ("between 2:00 and 5:00 pm"). */
  until?: TimeOfDay;
  /** The day the interval ends on, when it names another ("from 23:00 on Tuesday to 07:00 on Wednesday"). */
  untilPoint?: DatePoint;
  /** A 24-hour interval that runs past midnight ("between 23:00 and 05:00"). */
  untilNextDay?: boolean;
  /** A value that needs no resolution (PRESENT_REF, 199X, P3D). */
  literal?: { value: string; type: DateType };
}

/** A candidate spanning the named group `group` of `m`, or the whole match when `group` is null or did not take part. */
export function candidate(m: RegExpExecArray, group: string | null, parser: string, fields: CandidateFields): Candidate {
  const [start, end] = groupSpan(m, group);
  return candidateAt(start, end, parser, fields);
}

export type CandidateFields = Omit<Candidate, 'start' | 'end' | 'parser'>;

/**
 * Every candidate is made here, with all fields in one order and the absent ones undefined: one
 * object shape, so the refiners and the resolver that read candidates stay optimised. Candidates
 * are never written after they are made, for the same reason (docs/extraction-notes.md).
 */
export function candidateAt(start: number, end: number, parser: string, fields: CandidateFields): Candidate {
  return {
    start,
    end,
    parser,
    point: fields.point,
    time: fields.time,
    until: fields.until,
    untilPoint: fields.untilPoint,
    untilNextDay: fields.untilNextDay,
    literal: fields.literal,
  };
}

/**
 * UTF-16 span of a named capture group (patterns carry the `d` flag). The patterns capture the expression
 * proper in a group so that context they need to see (a leading preposition, a following word)
 * stays out of the span. Patterns run over the whole text, so indices are text offsets.
 */
export function groupSpan(m: RegExpExecArray, group: string | null): [number, number] {
  const idx = group == null ? undefined : m.indices?.groups?.[group];
  if (!idx) return [m.index, m.index + m[0].length];
  return [idx[0], idx[1]];
}

/** Characters leftContext reads: room for the longest words that open an expression ("the beginning of", "shortly before"). */
export const LEFT_CONTEXT_WINDOW = 40;

/**
 * The words just before a match that belong to the expression ("early", "the", "around").
 * Patterns start at their most distinctive word and look left with this instead of opening
 * with optional groups, which would be tried at every position of the text and cost speed.
 * `re` must be anchored at its end (`$`).
 */
export function leftContext(input: string, index: number, re: RegExp, width = LEFT_CONTEXT_WINDOW): RegExpExecArray | null {
  return re.exec(input.slice(Math.max(0, index - width), index));
}

/** The `width` characters of the text just before a match. */
export function textBefore(m: RegExpExecArray, width: number): string {
  return m.input.slice(Math.max(0, m.index - width), m.index);
}

/** The `width` characters of the text just after a match. */
export function textAfter(m: RegExpExecArray, width: number): string {
  const end = m.index + m[0].length;
  return m.input.slice(end, end + width);
}
