// "the week of March 6", "the day before last Tuesday's hearing": a unit around a day named after
// it, joined with the day into one date.
import type { Refiner } from '../framework.js';
import { candidateAt, type Candidate, type DatePoint } from './candidate.js';
import { isDayOnly } from './refiners.js';

const AROUND_DAY = /(?:^|[^\p{L}])(?<phrase>the\s+(?:week\s+of|day\s+(?<side>before|after))\s+)$/iu;
/** Characters before a day read for "the day before ". */
const AROUND_DAY_WINDOW = 20;

export const joinAroundDay: Refiner<Candidate> = {
  name: 'joinAroundDay',
  refine(items, doc) {
    const out: Candidate[] = [];
    for (const c of items) {
      const m = isDayOnly(c) ? AROUND_DAY.exec(doc.text.slice(Math.max(0, c.start - AROUND_DAY_WINDOW), c.start)) : null;
      if (!m || !c.point) {
        out.push(c);
        continue;
      }
      const side = m.groups!.side?.toLowerCase();
      const point: DatePoint = side ? { kind: 'shifted', base: c.point, days: side === 'before' ? -1 : 1 } : { kind: 'weekOf', base: c.point };
      out.push(candidateAt(c.start - m.groups!.phrase!.length, c.end, `aroundDay+${c.parser}`, { point }));
    }
    return out;
  },
};

/** A bare weekday of the week named beside it ("last week, on Tuesday and Saturday", "on Monday of next week"). */
const isBareWeekday = (c: Candidate): boolean => c.point?.kind === 'weekday' && c.point.dir === 'auto' && !c.point.fromAnchor;
const weeksOf = (c: Candidate): number | null => (c.point?.kind === 'relative' && c.point.unit === 'week' ? c.point.offset : null);
/** Between a week and the weekday after it: "last week, on Tuesday", "next week on Monday". */
const WEEK_THEN_DAY = /^\s*,?\s*(?:on\s+)?$/i;
/** Between a weekday and the week after it: "on Tuesday last week", "Monday of next week". */
const DAY_THEN_WEEK = /^\s*,?\s*(?:of\s+)?$/i;
/** Between weekdays of one list: "Tuesday and Saturday", "Monday, Wednesday or Friday". */
const DAY_LIST = /^\s*(?:,|,?\s*(?:and|or)\b)\s*(?:on\s+)?$/i;

/**
 * "The ministry reported two last week, on Tuesday and Saturday": the weekdays of that week, not
 * the latest of each. A list of weekdays next to a week, before or after it, takes that week.
 */
export const joinWeekdayToWeek: Refiner<Candidate> = {
  name: 'joinWeekdayToWeek',
  refine(items, doc) {
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const gap = (a: Candidate, b: Candidate) => doc.text.slice(a.end, b.start);
    const weeks = new Map<Candidate, number>();
    for (let i = 0; i < sorted.length; i++) {
      if (!isBareWeekday(sorted[i]!)) continue;
      let j = i;
      while (j + 1 < sorted.length && isBareWeekday(sorted[j + 1]!) && DAY_LIST.test(gap(sorted[j]!, sorted[j + 1]!))) j++;
      const before = sorted[i - 1], after = sorted[j + 1];
      const w = before && weeksOf(before) != null && WEEK_THEN_DAY.test(gap(before, sorted[i]!)) ? weeksOf(before)
        : after && weeksOf(after) != null && DAY_THEN_WEEK.test(gap(sorted[j]!, after)) ? weeksOf(after) : null;
      if (w != null) for (let k = i; k <= j; k++) weeks.set(sorted[k]!, w);
      i = j;
    }
    if (!weeks.size) return items;
    return items.map((c) => {
      const w = weeks.get(c);
      if (w == null || c.point?.kind !== 'weekday') return c;
      return candidateAt(c.start, c.end, c.parser, { ...c, point: { kind: 'weekdayInWeek', weekday: c.point.weekday, weeks: w } });
    });
  },
};

/** "between Coldham and March", "from Wisbech to March": a pair of capitalised names whose first is no date. */
const PAIR_FIRST_BEFORE = /\b(?:between|from)\s+(?<first>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:and|to)\s+$/u;
/** Characters before a month read for the pair it closes. */
const PAIR_WINDOW = 48;

/**
 * A month alone that closes a pair whose other end is a name and no date is a town ("March" in
 * Cambridgeshire): "between January and March" stays a month, as does "from Easter to March".
 */
export const dropPlacePairMonths: Refiner<Candidate> = {
  name: 'dropPlacePairMonths',
  refine(items, doc) {
    return items.filter((c) => {
      if (c.parser !== 'monthAlone' || c.point?.kind !== 'calendar' || c.point.dir) return true;
      const before = doc.text.slice(Math.max(0, c.start - PAIR_WINDOW), c.start);
      const m = PAIR_FIRST_BEFORE.exec(before);
      if (!m) return true;
      const firstStart = c.start - before.length + m.index + m[0].indexOf(m.groups!.first!);
      const firstEnd = firstStart + m.groups!.first!.length;
      return items.some((o) => o !== c && o.start < firstEnd && o.end > firstStart);
    });
  },
};

/** Between a weekday and the year of its phrase: "a Sunday service in 2016", "Sunday of 2016"; not "Monday that in 2016". */
const DAY_THEN_YEAR = /^(?:\s+(?!that\b|when\b|and\b)\p{Ll}+){0,3}\s+(?:in|of)\s+$/u;
const yearOf = (c: Candidate): number | null => (c.point?.kind === 'calendar' && c.point.y != null && c.point.m == null ? c.point.y : null);

/**
 * "the roof caved in during a Sunday service in 2016": a bare weekday in a phrase dated by another
 * year than the publication's is a Sunday of that year, which day unknown (XXXX-WXX-7), not the last one.
 */
export const weekdayOfAnotherYear: Refiner<Candidate> = {
  name: 'weekdayOfAnotherYear',
  refine(items, doc) {
    const published = doc.published ? Number(doc.published.slice(0, 4)) : null;
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const unknown = new Set<Candidate>();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const c = sorted[i]!, next = sorted[i + 1]!;
      const y = yearOf(next);
      if (isBareWeekday(c) && y != null && y !== published && DAY_THEN_YEAR.test(doc.text.slice(c.end, next.start))) unknown.add(c);
    }
    if (!unknown.size) return items;
    return items.map((c) => (unknown.has(c) && c.point?.kind === 'weekday'
      ? candidateAt(c.start, c.end, c.parser, { ...c, point: undefined, literal: { value: `XXXX-WXX-${c.point.weekday}`, type: 'date' } })
      : c));
  },
};
