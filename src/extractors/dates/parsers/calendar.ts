// Dates written with calendar words or digits: "October 8", "8 October 2025", "Oct. 8, 1998",
// "July 1997", "late November", "10/08/2025", "2025-10-08", "1990", "the 1980s", "nineteen ninety-six".
import type { Parser } from '../../framework.js';
import { candidate, candidateAt, leftContext, timeOfDay, type Candidate, type Direction } from '../candidate.js';
import { MONTH_NAME_RE, MONTH_RE, SPOKEN_YEAR_RE, WEEKDAY_RE, monthNumber, spokenYear } from '../../../language/calendar.js';

type P = Parser<Candidate>;

const YEAR = '(?:1[0-9]|20)\\d\\d';
/** A number that is not a year: money, a percentage, part of a longer number. */
const NOT_AFTER_YEAR = '(?![\\w%]|[.,:/]\\d|\\s*(?:percent|per cent)\\b)';
const NOT_BEFORE_YEAR = '(?<![\\w$£€#@.,/\\-]|\\d[.,]\\s?)';
const MODIFIER = '(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)[- ]|mid-)';

const validDay = (d: number) => d >= 1 && d <= 31;
const dirOf = (w: string | undefined): Direction | undefined =>
  w == null ? undefined : /^last|^past|^previous/i.test(w) ? 'last' : /^next|coming|following/i.test(w) ? 'next' : 'this';

/** "Friday, Oct. 23", "October 8", "Sept. 27, 1989", "Oct 8th 2025". */
const monthDay: P = {
  name: 'monthDay',
  pattern: new RegExp(
    `\\b((?:${WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(${YEAR})${NOT_AFTER_YEAR})?)` +
      `(?:\\s*(?:and|or|&|-|–|to|through)\\s*((\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\s*(?:%|percent|[ap]\\.?m\\b|people\\b|[a-z]+s\\b))(?:,?\\s+(${YEAR})${NOT_AFTER_YEAR})?))?`,
    'gd',
  ),
  extract(m) {
    const d = Number(m[3]);
    if (!validDay(d)) return null;
    const month = monthNumber(m[2]!);
    const first = candidate(m, 1, 'monthDay', { point: { kind: 'calendar', y: m[4] ? Number(m[4]) : undefined, m: month, d } });
    // "April 24 and 25", "October 8-10": one item per day, the second taking the first's month.
    const d2 = m[6] ? Number(m[6]) : 0;
    if (!m[5] || !validDay(d2) || d2 <= d) return first;
    const y = m[7] ? Number(m[7]) : m[4] ? Number(m[4]) : undefined;
    if (y != null && first.point?.kind === 'calendar') first.point.y = y;
    return [first, candidate(m, 5, 'monthDay', { point: { kind: 'calendar', y, m: month, d: d2 } })];
  },
};

/** "8 October 2025", "the 8th of October". */
const dayMonth: P = {
  name: 'dayMonth',
  pattern: new RegExp(
    `${NOT_BEFORE_YEAR}((?:${WEEKDAY_RE},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(${YEAR})${NOT_AFTER_YEAR})?)`,
    'gd',
  ),
  extract(m) {
    const d = Number(m[2]);
    if (!validDay(d)) return null;
    return candidate(m, 1, 'dayMonth', { point: { kind: 'calendar', y: m[4] ? Number(m[4]) : undefined, m: monthNumber(m[3]!), d } });
  },
};

/** "July 1997", "January nineteen ninety-seven", "June last year", "January this year", "the winter of 1994" is seasonal. */
const monthYear: P = {
  name: 'monthYear',
  pattern: new RegExp(
    `\\b(${MODIFIER}?(${MONTH_RE}),?\\s+(?:of\\s+)?(?:(${YEAR})${NOT_AFTER_YEAR}|(${SPOKEN_YEAR_RE})\\b|(last|this|next) year\\b))`,
    'gdi',
  ),
  extract(m) {
    const month = monthNumber(m[2]!);
    if (!/^[A-Z]/.test(m[2]!)) return null;
    if (m[3] || m[4]) {
      const y = m[3] ? Number(m[3]) : spokenYear(m[4]!);
      if (y == null) return null;
      return candidate(m, 1, 'monthYear', { point: { kind: 'calendar', y, m: month } });
    }
    const offset = /last/i.test(m[5]!) ? -1 : /next/i.test(m[5]!) ? 1 : 0;
    return candidate(m, 1, 'monthYear', { point: { kind: 'calendar', m: month, yearOffset: offset } });
  },
};

/**
 * A month alone: "in October", "late November", "last June". "May" alone is usually the verb or
 * a surname, so it needs a preposition or a modifier before it.
 */
const monthAlone: P = {
  name: 'monthAlone',
  pattern: new RegExp(`\\b(${MONTH_NAME_RE})`, 'gd'),
  extract(m) {
    const word = m[1]!;
    const left = leftContext(m.input, m.index, MONTH_MODIFIER_LEFT);
    const mod = left?.[1]?.trim().toLowerCase();
    const start = m.index - (left?.[0].length ?? 0);
    if (word === 'May' && !mod && !leftContext(m.input, m.index, MONTH_PREPOSITION_LEFT)) return null;
    const dir = mod && /^(last|this|next|this past|this coming)$/.test(mod) ? dirOf(mod.replace('this ', '')) : undefined;
    return candidateAt(start, m.index + word.length, 'monthAlone', { point: { kind: 'calendar', m: monthNumber(word), dir } });
  },
};
const MONTH_MODIFIER_LEFT = /(?:\b(last|this|next|this past|this coming|(?:the )?(?:beginning|end|middle|start) of|early|late|mid)[- ]|\bmid-)$/i;
const MONTH_PREPOSITION_LEFT = /\b(?:in|since|until|till|by|through|of|from|to|before|after|during|and|or)\s+$/i;

/** "2025-10-08", "10/08/2025" (month first, as US news writes it, unless that cannot be), "8.10.2025". */
const numericDate: P = {
  name: 'numericDate',
  pattern: /(?<![\w./-])(?:(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\w/]|[.-]\d)/dg,
  extract(m) {
    let y: number, mo: number, d: number;
    if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[6]) {
      const a = Number(m[6]), b = Number(m[7]);
      y = Number(m[8]);
      if (m[8]!.length === 2) y += y < 50 ? 2000 : 1900;
      [mo, d] = a > 12 ? [b, a] : [a, b];
    } else [y, mo, d] = [Number(m[11]), Number(m[10]), Number(m[9])];
    if (mo < 1 || mo > 12 || !validDay(d)) return null;
    const time = m[4] ? timeOfDay(Number(m[4]), Number(m[5])) : undefined;
    return candidate(m, 0, 'numericDate', { point: { kind: 'calendar', y, m: mo, d }, time });
  },
};

/** "1990", "fiscal 1989", "mid-1996", "the 1988 period", "early 1991". */
const year: P = {
  name: 'year',
  pattern: new RegExp(`(?<![\\w$£€#@.,/]|\\d[.,]\\s?)(${YEAR})(\\s+fiscal year)?${NOT_AFTER_YEAR}`, 'gd'),
  extract(m) {
    const y = Number(m[1]);
    const before = m.input.slice(Math.max(0, m.index - 6), m.index);
    // After a hyphen only as the second year of a range ("2009-2010"), not in a phone number or code.
    // "mid-1996", "pre-1990" keep their year.
    if (/-$/.test(before) && !/(?:^|[^\d])(?:1[0-9]|20)\d\d-$|\b(?:mid|early|late|pre|post)-$/i.test(before)) return null;
    const left = leftContext(m.input, m.index, YEAR_PREFIX_LEFT);
    const prefix = left?.[0] ?? '';
    // "2000 shares": a count of things, not a year; but "fiscal 1989 sales" is a year.
    if (/^\s+(?:[a-z]+s|people)\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 20)) && !m[2] && !/fiscal|FY/i.test(prefix)) return null;
    // "Orion 1980", "Kopp's 1987 Chevrolet": a name or model right before a capitalised word is no date.
    if (!prefix && /^\s+[A-Z][a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
      if (/['’]s\s+$|[A-Z][a-z]+\s+$/.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
    }
    return candidateAt(m.index - prefix.length, m.index + m[0].length, 'year', { point: { kind: 'calendar', y } });
  },
};
const YEAR_PREFIX_LEFT = /(?:\bthe\s+)?(?:\b(?:early|late|mid|pre|post|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)[- ]|\bmid-|\bfiscal(?:[- ]year)?\s+|\bFY\s?)$/i;

/** "the 1980s", "the '80s", "the early 1990s", "the nineties". */
const decade: P = {
  name: 'decade',
  pattern: new RegExp(
    `\\b((?:the\\s+)?(?:(?:early|late|mid)[- ])?(?:(1[0-9]|20)(\\d)0'?s\\b|'(\\d)0'?s\\b|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b))`,
    'gdi',
  ),
  extract(m) {
    const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
    if (m[5]) {
      if (!/^the/i.test(m[1]!)) return null; // "in his forties" is an age
      return candidate(m, 1, 'decade', { literal: { value: `19${words.indexOf(m[5].toLowerCase()) + 2}`, type: 'date' } });
    }
    // TIMEX3 writes a decade as its first three digits ("the 1990s": 199); a bare "1990s" is
    // often written with the unknown year digit (199X) instead, and both occur in news corpora.
    const digits = m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`;
    const value = /^the\s/i.test(m[1]!) ? digits : `${digits}X`;
    return candidate(m, 1, 'decade', { literal: { value, type: 'date' } });
  },
};

/** Years as transcripts spell them: "nineteen ninety-six", "the year two thousand". */
const spokenYearParser: P = {
  name: 'spokenYear',
  pattern: new RegExp(`\\b((?:the year\\s+)?(${SPOKEN_YEAR_RE}))\\b`, 'gdi'),
  extract(m) {
    if (/^two thousand$/i.test(m[2]!) && !/^the year/i.test(m[1]!)) return null;
    const y = spokenYear(m[2]!);
    if (y == null || y < 1900) return null;
    return candidate(m, 1, 'spokenYear', { point: { kind: 'calendar', y } });
  },
};

/** "the 20th century", "this century". */
const century: P = {
  name: 'century',
  pattern: /\b((?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century)\b/dgi,
  extract(m) {
    return candidate(m, 1, 'century', { literal: { value: String(Number(m[2]) - 1).padStart(2, '0'), type: 'date' } });
  },
};

/** US holidays fixed by weekday: "Thanksgiving Day", "last Thanksgiving", "Election Day". */
const weekdayHoliday: P = {
  name: 'weekdayHoliday',
  pattern: /\b((?:(last|this|next)\s+)?(Thanksgiving|Election Day|Labor Day|Memorial Day)(?: Day)?)\b/dg,
  extract(m) {
    const rule: Record<string, [number, number, number, number]> = {
      // month, weekday, nth (-1: last), days after
      Thanksgiving: [11, 4, 4, 0], 'Election Day': [11, 1, 1, 1], 'Labor Day': [9, 1, 1, 0], 'Memorial Day': [5, 1, -1, 0],
    };
    const [month, weekday, nth, plus] = rule[m[3]!]!;
    return candidate(m, 1, 'weekdayHoliday', { point: { kind: 'nthWeekday', m: month, weekday, nth, plus, dir: dirOf(m[2]) } });
  },
};

/** Holidays that move with Easter: "Easter", "Good Friday", "Easter Monday", "Easter week", "Palm Sunday". */
const easterHoliday: P = {
  name: 'easterHoliday',
  pattern: /\b((?:(last|this|next)\s+)?(Easter(?: Sunday| Monday| week| Week)?|Good Friday|Palm Sunday|Holy Thursday|Maundy Thursday)\b(?!-))(?:,?\s+((?:1[0-9]|20)\d\d)\b)?/dg,
  extract(m) {
    const name = m[3]!.toLowerCase();
    const plus: Record<string, number> = {
      easter: 0, 'easter sunday': 0, 'easter monday': 1, 'easter week': 0, 'good friday': -2, 'palm sunday': -7,
      'holy thursday': -3, 'maundy thursday': -3,
    };
    // "the Easter holidays", "Easter eggs" name no day; the day itself is followed by a verb, a comma or a preposition.
    if (name === 'easter' && /^\s+(?:egg|bunny|holiday|break|message|service|mass|vigil|rising|island|parade)/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    const point = { kind: 'easter' as const, plus: plus[name] ?? 0, week: name === 'easter week', y: m[4] ? Number(m[4]) : undefined, dir: dirOf(m[2]) };
    // Easter week begins on Palm Sunday's Monday in TimeBank's reading: the week Easter Sunday closes.
    if (point.week) point.plus = -1;
    return candidate(m, m[4] ? 0 : 1, 'easterHoliday', { point });
  },
};

/** Fixed-date holidays. */
const holiday: P = {
  name: 'holiday',
  pattern: /\b((Christmas|New Year's)(?: (Day|Eve))?)(?:,?\s+((?:1[0-9]|20)\d\d)\b)?/dg,
  extract(m) {
    const eve = m[3] === 'Eve';
    const [mo, d] = m[2] === 'Christmas' ? [12, eve ? 24 : 25] : eve ? [12, 31] : [1, 1];
    if (m[2] === "New Year's" && !m[3]) return null; // "New Year's celebrations": which one is unclear
    return candidate(m, m[4] ? 0 : 1, 'holiday', { point: { kind: 'calendar', y: m[4] ? Number(m[4]) : undefined, m: mo, d } });
  },
};

export const calendarParsers: P[] = [numericDate, weekdayHoliday, easterHoliday, monthDay, dayMonth, monthYear, monthAlone, year, decade, spokenYearParser, century, holiday];
