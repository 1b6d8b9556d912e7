// Dates written with calendar words or digits: "October 8", "8 October 2025", "Oct. 8, 1998",
// "July 1997", "late November", "10/08/2025", "2025-10-08", "1990", "the 1980s", "nineteen ninety-six".
import { candidate, candidateAt, leftContext, textAfter, textBefore, timeOfDay, type Candidate, type Direction, type DateParser } from '../candidate.js';
import { alternation } from '../../../language/alternation.js';
import { COPULAS, FUNCTION_WORDS, PREPOSITIONS } from '../../../language/function-words.js';
import { FIXED_HOLIDAYS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NAME_RE, MONTH_RE, ERA_WORDS, SPOKEN_YEAR_RE, WEEKDAY_HOLIDAYS, WEEKDAY_RE, monthNumber, spokenYear } from '../../../language/calendar.js';
import { MEASURE_UNITS } from '../../../language/counting.js';
import { DESIGNATORS, FEATURE_WORDS_AFTER, STREET_WORDS } from '../../../language/places.js';

type P = DateParser;

const YEAR = '(?:1[0-9]|20)\\d\\d';
/** A number that is not a year: money, a percentage, part of a longer number. */
const NOT_AFTER_YEAR = '(?![\\w%]|[.,:/]\\d|\\s*(?:percent|per cent)\\b)';
const NOT_BEFORE_YEAR = '(?<![\\w$£€#@.,/\\-]|\\d[.,]\\s?)';
const MODIFIER = '(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)[- ]|mid-)';

const validDay = (d: number) => d >= 1 && d <= 31;

/**
 * The first three letters of a month's name or abbreviation, in any case, where a word starts: the
 * anchor of the patterns built around a month, which each read it after a \b.
 */
const MONTH_ANCHOR = new RegExp(`\\b(?:${alternation([...new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map((w) => w.slice(0, 3)))])})`, 'gi');
const dirOf = (w: string | undefined): Direction | undefined =>
  w == null ? undefined : /^last|^past|^previous/i.test(w) ? 'last' : /^next|coming|following/i.test(w) ? 'next' : 'this';

/** "Friday, Oct. 23", "October 8", "Sept. 27, 1989", "Oct 8th 2025". */
const monthDay: P = {
  name: 'monthDay',
  // a weekday and its comma may come before the month
  anchor: { pattern: MONTH_ANCHOR, reach: 1 },
  pattern: new RegExp(
    `\\b(?<date>(?:${WEEKDAY_RE},?\\s+)?(?<month>${MONTH_RE})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(?<year>${YEAR})${NOT_AFTER_YEAR})?)` +
      `(?:\\s*(?<link>and|or|&|-|–|to|through)\\s*(?<second>(?<secondDay>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\s*(?:%|percent|[ap]\\.?m\\b|people\\b|[a-z]+s\\b))(?:,?\\s+(?<secondYear>${YEAR})${NOT_AFTER_YEAR})?))?`,
    'gd',
  ),
  extract(m) {
    const g = m.groups!;
    const d = Number(g.day);
    if (!validDay(d)) return null;
    const month = monthNumber(g.month!);
    const first = candidate(m, 'date', 'monthDay', { point: { kind: 'calendar', y: g.year ? Number(g.year) : undefined, m: month, d } });
    // "April 24 and 25": one item per day, the second taking the first's month; "Aug. 5-6, 2023",
    // "October 8 through 10": one interval of days
    const d2 = g.secondDay ? Number(g.secondDay) : 0;
    if (!g.second || !validDay(d2) || d2 <= d) return first;
    const y = g.secondYear ? Number(g.secondYear) : g.year ? Number(g.year) : undefined;
    // "the night of October 3 to 4" is one night, which the days on either side of it name
    if (DAY_RANGE_LINK.test(g.link!) && !leftContext(m.input, m.index, NIGHT_OF_BEFORE)) {
      return candidate(m, null, 'monthDay', { point: { kind: 'calendar', y, m: month, d }, untilPoint: { kind: 'calendar', y, m: month, d: d2 } });
    }
    if (y != null && first.point?.kind === 'calendar') first.point.y = y;
    return [first, candidate(m, 'second', 'monthDay', { point: { kind: 'calendar', y, m: month, d: d2 } })];
  },
};

/** What makes two days of a month one interval rather than a list of two. */
const DAY_RANGE_LINK = /^(?:-|–|to|through)$/;
const NIGHT_OF_BEFORE = /\bnight\s+(?:of|from)\s+$/i;

/** "8 October 2025", "the 8th of October". */
const dayMonth: P = {
  name: 'dayMonth',
  // "Friday, the 8th of October"
  anchor: { pattern: MONTH_ANCHOR, reach: 4 },
  pattern: new RegExp(
    `${NOT_BEFORE_YEAR}(?<date>(?:${WEEKDAY_RE},?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_RE})(?:,?\\s+(?<year>${YEAR})${NOT_AFTER_YEAR})?)`,
    'gd',
  ),
  extract(m) {
    const g = m.groups!;
    const d = Number(g.day);
    if (!validDay(d)) return null;
    return candidate(m, 'date', 'dayMonth', { point: { kind: 'calendar', y: g.year ? Number(g.year) : undefined, m: monthNumber(g.month!), d } });
  },
};

/** "July 1997", "January nineteen ninety-seven", "June last year", "January this year", "the winter of 1994" is seasonal. */
const monthYear: P = {
  name: 'monthYear',
  // "the beginning of June 1990"
  anchor: { pattern: MONTH_ANCHOR, reach: 3 },
  pattern: new RegExp(
    `\\b(?<date>${MODIFIER}?(?<month>${MONTH_RE}),?\\s+(?:of\\s+)?(?:(?<year>${YEAR})${NOT_AFTER_YEAR}|(?<spokenYear>${SPOKEN_YEAR_RE})\\b|(?<relativeYear>last|this|next) year\\b))`,
    'gdi',
  ),
  extract(m) {
    const g = m.groups!;
    const month = monthNumber(g.month!);
    if (!/^[A-Z]/.test(g.month!)) return null;
    if (g.year || g.spokenYear) {
      const y = g.year ? Number(g.year) : spokenYear(g.spokenYear!);
      if (y == null) return null;
      return candidate(m, 'date', 'monthYear', { point: { kind: 'calendar', y, m: month } });
    }
    const offset = /last/i.test(g.relativeYear!) ? -1 : /next/i.test(g.relativeYear!) ? 1 : 0;
    return candidate(m, 'date', 'monthYear', { point: { kind: 'calendar', m: month, yearOffset: offset } });
  },
};

/**
 * A month alone: "in October", "late November", "last June". "May" alone is usually the verb or
 * a surname, so it needs a preposition or a modifier before it.
 */
const monthAlone: P = {
  name: 'monthAlone',
  anchor: { pattern: MONTH_ANCHOR, reach: 0 },
  pattern: new RegExp(`\\b(?<month>${MONTH_NAME_RE})`, 'gd'),
  extract(m) {
    const word = m.groups!.month!;
    const left = leftContext(m.input, m.index, MONTH_MODIFIER_LEFT);
    const mod = left?.groups?.modifier?.trim().toLowerCase();
    const start = m.index - (left?.[0].length ?? 0);
    if (word === 'May' && !mod && !leftContext(m.input, m.index, MONTH_PREPOSITION_LEFT)) return null;
    if (!mod && (isEventName(m) || PLACE_WORD_AFTER.test(textAfter(m, PLACE_WORD_WINDOW)))) return null;
    const dir = mod && /^(?:last|this|next|this past|this coming)$/.test(mod) ? dirOf(mod.replace('this ', '')) : undefined;
    return candidateAt(start, m.index + word.length, 'monthAlone', { point: { kind: 'calendar', m: monthNumber(word), dir } });
  },
};
/** "March Road", "June Lake", "April County": a month naming a street, a feature or an area is no month. */
const PLACE_WORD_AFTER = new RegExp(`^\\s(?:${alternation([...STREET_WORDS, ...FEATURE_WORDS_AFTER, ...DESIGNATORS.keys()].map((w) => w[0]!.toUpperCase() + w.slice(1)))})\\b`);
/** Characters after a month read for the word of a place's name. */
const PLACE_WORD_WINDOW = 20;
/** "the annual March for Life", "the March of Dimes", "the Women's March": a march's name, no month. */
function isEventName(m: RegExpExecArray): boolean {
  const after = textAfter(m, EVENT_NAME_WINDOW);
  // the month heads a capitalised possessive: "the Women's March in Buffalo", not "Kyiv's March offensive"
  const next = WORD_AFTER_MONTH.exec(after)?.groups?.word?.toLowerCase();
  if (leftContext(m.input, m.index, NAME_POSSESSIVE_BEFORE) && (next == null || CLOSES_A_NAME.has(next))) return true;
  return EVENT_NAME_AFTER.test(after) && Boolean(leftContext(m.input, m.index, EVENT_NAME_BEFORE));
}
/** A capitalised possessive, as in a name ("the Women's March", "the People's March"). */
const NAME_POSSESSIVE_BEFORE = /\b\p{Lu}\p{Ll}+['’]s\s+$/u;
/** The word after a month, when a word follows it (not punctuation). */
const WORD_AFTER_MONTH = /^\s+(?<word>\p{L}+)/u;
/** Words after which a name ends: function words, prepositions, copulas. */
const CLOSES_A_NAME = new Set([...FUNCTION_WORDS, ...PREPOSITIONS, ...COPULAS]);
const EVENT_NAME_BEFORE = /\bthe\s+(?:\p{L}+\s+)?[`"“']*$/iu;
const EVENT_NAME_AFTER = /^\s+(?:of|for|on|against)\s+(?:the\s+)?\p{Lu}/u;
/** Characters after a month read for the words of a name ("for Life", "of the Combatant"). */
const EVENT_NAME_WINDOW = 20;
const MONTH_MODIFIER_LEFT = /(?:\b(?<modifier>last|this|next|this past|this coming|(?:the )?(?:beginning|end|middle|start) of|early|late|mid)[- ]|\bmid-)$/i;
const MONTH_PREPOSITION_LEFT = /\b(?:in|since|until|till|by|through|of|from|to|before|after|during|and|or)\s+$/i;

/** "2025-10-08", "10/08/2025" (month first, as US news writes it, unless that cannot be), "8.10.2025". */
const numericDate: P = {
  name: 'numericDate',
  pattern:
    /(?<![\w./-])(?:(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2}))?|(?<slashFirst>\d{1,2})\/(?<slashSecond>\d{1,2})\/(?<slashYear>\d{4}|\d{2})|(?<dotDay>\d{1,2})\.(?<dotMonth>\d{1,2})\.(?<dotYear>\d{4}))(?![\w/]|[.-]\d)/dg,
  extract(m) {
    const g = m.groups!;
    let y: number, mo: number, d: number;
    if (g.isoYear) [y, mo, d] = [Number(g.isoYear), Number(g.isoMonth), Number(g.isoDay)];
    else if (g.slashFirst) {
      const a = Number(g.slashFirst), b = Number(g.slashSecond);
      y = Number(g.slashYear);
      if (g.slashYear!.length === 2) y += y < 50 ? 2000 : 1900;
      [mo, d] = a > 12 ? [b, a] : [a, b];
    } else [y, mo, d] = [Number(g.dotYear), Number(g.dotMonth), Number(g.dotDay)];
    if (mo < 1 || mo > 12 || !validDay(d)) return null;
    const time = g.hour ? timeOfDay(Number(g.hour), Number(g.minute)) : undefined;
    return candidate(m, null, 'numericDate', { point: { kind: 'calendar', y, m: mo, d }, time });
  },
};

/** "1990", "fiscal 1989", "mid-1996", "the 1988 period", "early 1991". */
const year: P = {
  name: 'year',
  // "1,995" and "3. 1995" are no years, but "in 1994, 1995 and 1997" lists three
  pattern: new RegExp(`(?<![\\w$£€#@.,/]|\\d[.,]|\\d(?<!(?:^|\\D)${YEAR})[.,]\\s)(?<year>${YEAR})(?<fiscalYear>\\s+fiscal year)?${NOT_AFTER_YEAR}`, 'gd'),
  extract(m) {
    const y = Number(m.groups!.year);
    const before = textBefore(m, YEAR_HYPHEN_WINDOW);
    // After a hyphen only as the second year of a range ("2009-2010"), not in a phone number or code.
    // "mid-1996", "pre-1990" keep their year.
    if (/-$/.test(before) && !/(?:^|[^\d])(?:1[0-9]|20)\d\d-$|\b(?:mid|early|late|pre|post)-$/i.test(before)) return null;
    const left = leftContext(m.input, m.index, YEAR_PREFIX_LEFT);
    const prefix = left?.[0] ?? '';
    // "2000 shares": a count of things, not a year; but "fiscal 1989 sales" is a year.
    // ("post-1959 politics" is a year too: a prefix of time comes before no count)
    if (/^\s+(?:[a-z]+s|people)\b/.test(textAfter(m, COUNTED_NOUN_WINDOW)) && !m.groups!.fiscalYear && !prefix) return null;
    if (isMeasureOrModel(m, y, prefix)) return null;
    if (!prefix && isPhoneNumber(m)) return null;
    // "Orion 1980", "Kopp's 1987 Chevrolet": a name or model right before a capitalised word is no date.
    if (!prefix && /^\s+[A-Z][a-z]/.test(textAfter(m, CAPITAL_AFTER_WINDOW))) {
      if (/['’]s\s+$|[A-Z][a-z]+\s+$/.test(textBefore(m, NAME_BEFORE_YEAR_WINDOW))) return null;
    }
    return candidateAt(m.index - prefix.length, m.index + m[0].length, 'year', { point: { kind: 'calendar', y } });
  },
};
/**
 * Numbers in the years' range that are not years: a measure ("1000 feet", "1500 metres"), a model
 * number after a code in capitals ("GTX 1660"), and a number before 1500 with no word that introduces
 * a year ("the reservoir is 1056", but "in 1066").
 */
function isMeasureOrModel(m: RegExpExecArray, y: number, prefix: string): boolean {
  const next = WORD_AFTER.exec(textAfter(m, COUNTED_NOUN_WINDOW))?.groups?.word?.toLowerCase();
  if (next && MEASURE_UNITS.has(next)) return true;
  const code = MODEL_CODE_BEFORE.exec(textBefore(m, MODEL_CODE_WINDOW))?.groups?.code;
  if (code && !prefix && !ERA_WORDS.includes(code.toLowerCase()) && !monthNumber(code)) return true;
  return y < EARLIEST_BARE_YEAR && !prefix && !leftContext(m.input, m.index, OLD_YEAR_CUE);
}
/**
 * The first group of a phone number: "1800 666 111", "1800 666111". Two more digit groups after it,
 * or one as long as a subscriber's number; a year is followed by neither.
 */
const isPhoneNumber = (m: RegExpExecArray): boolean => PHONE_GROUPS_AFTER.test(textAfter(m, PHONE_WINDOW));
const PHONE_GROUPS_AFTER = /^[ -](?:\d{2,}[ -]\d{2,}|\d{6,})/;
/** Characters after a number read for the rest of a phone number. */
const PHONE_WINDOW = 16;
const WORD_AFTER = /^\s+(?<word>[\p{L}°'.]+)/u;
const MODEL_CODE_BEFORE = /(?:^|[^\p{L}])(?<code>\p{Lu}{2,5})[- ]?$/u;
/** Characters before a year read for a model's code in capitals ("GTX "). */
const MODEL_CODE_WINDOW = 8;
const EARLIEST_BARE_YEAR = 1500;
const OLD_YEAR_CUE = /\b(?:in|since|from|until|till|by|of|year|around|circa|c\.|AD|before|after|between|and|to)\s+$/i;

/** Characters before a year read for a hyphen and what precedes it: a year ("2009-") or "early-". */
const YEAR_HYPHEN_WINDOW = 6;
/** Characters after a year read for a plural noun it counts ("2000 shares"). */
const COUNTED_NOUN_WINDOW = 20;
/** Characters after a year read for a capitalised word: a space and two letters. */
const CAPITAL_AFTER_WINDOW = 3;
/** Characters before a year read for the name or possessive of a model ("Orion 1980", "Kopp's 1987"). */
const NAME_BEFORE_YEAR_WINDOW = 12;
const YEAR_PREFIX_LEFT = /(?:\bthe\s+)?(?:\b(?:early|late|mid|pre|post|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)[- ]|\bmid-|\bfiscal(?:[- ]year)?\s+|\bFY\s?)$/i;

/** "the 1980s", "the '80s", "the early 1990s", "the nineties". */
const decade: P = {
  name: 'decade',
  cues: ['0s', "0's", 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  pattern: new RegExp(
    `\\b(?<decade>(?:the\\s+)?(?:(?:early|late|mid)[- ])?(?:(?<century>1[0-9]|20)(?<tens>\\d)0'?s\\b|'(?<shortTens>\\d)0'?s\\b|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b))`,
    'gdi',
  ),
  extract(m) {
    const words = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
    const g = m.groups!;
    if (g.word) {
      if (!/^the/i.test(g.decade!)) return null; // "in his forties" is an age
      return candidate(m, 'decade', 'decade', { literal: { value: `19${words.indexOf(g.word.toLowerCase()) + 2}`, type: 'date' } });
    }
    // TIMEX3 writes a decade as its first three digits ("the 1990s": 199); a bare "1990s" is
    // often written with the unknown year digit (199X) instead, and both occur in news corpora.
    const digits = g.century ? `${g.century}${g.tens}` : `19${g.shortTens}`;
    // "the 1970s and 1980s": the article before the first decade governs the second too
    const definite = /^the\s/i.test(g.decade!) || DEFINITE_DECADE_BEFORE.test(textBefore(m, DECADE_BEFORE_WINDOW));
    const value = definite ? digits : `${digits}X`;
    return candidate(m, 'decade', 'decade', { literal: { value, type: 'date' } });
  },
};
const DEFINITE_DECADE_BEFORE = /\bthe\s+(?:(?:early|late|mid)[- ])?(?:\d{3}0|'\d0)'?s\s+(?:and|or|to|through|until)\s+(?:(?:early|late|mid)[- ])?$/i;
/** Characters before a decade read for "the 1970s and ". */
const DECADE_BEFORE_WINDOW = 30;

/** Years as transcripts spell them: "nineteen ninety-six", "the year two thousand". */
const spokenYearParser: P = {
  name: 'spokenYear',
  cues: ['nineteen', 'twenty', 'two thousand'],
  pattern: new RegExp(`\\b(?<date>(?:the year\\s+)?(?<year>${SPOKEN_YEAR_RE}))\\b`, 'gdi'),
  extract(m) {
    const g = m.groups!;
    if (/^two thousand$/i.test(g.year!) && !/^the year/i.test(g.date!)) return null;
    const y = spokenYear(g.year!);
    if (y == null || y < 1900) return null;
    return candidate(m, 'date', 'spokenYear', { point: { kind: 'calendar', y } });
  },
};

/** "the 20th century", "this century". */
const century: P = {
  name: 'century',
  cues: ['century'],
  pattern: /\b(?<date>(?:the\s+)?(?<ordinal>\d{1,2})(?:st|nd|rd|th)\s+century)\b/dgi,
  extract(m) {
    return candidate(m, 'date', 'century', { literal: { value: String(Number(m.groups!.ordinal) - 1).padStart(2, '0'), type: 'date' } });
  },
};

/** Holidays fixed by weekday (src/language/calendar.ts): "Thanksgiving Day", "last Thanksgiving", "Election Day". */
const weekdayHoliday: P = {
  name: 'weekdayHoliday',
  cues: WEEKDAY_HOLIDAYS.map((h) => h.name.toLowerCase()),
  pattern: new RegExp(`\\b(?<date>(?:(?<direction>last|this|next)\\s+)?(?<holiday>${alternation(WEEKDAY_HOLIDAYS.map((h) => h.name))})(?: Day)?)\\b`, 'dg'),
  extract(m) {
    const { month, weekday, nth, plus } = WEEKDAY_HOLIDAYS.find((h) => h.name === m.groups!.holiday)!;
    return candidate(m, 'date', 'weekdayHoliday', { point: { kind: 'nthWeekday', m: month, weekday, nth, plus, dir: dirOf(m.groups!.direction) } });
  },
};

/** Holidays that move with Easter: "Easter", "Good Friday", "Easter Monday", "Easter week", "Palm Sunday". */
const easterHoliday: P = {
  name: 'easterHoliday',
  cues: ['easter', 'good friday', 'palm sunday', 'holy thursday', 'maundy thursday'],
  pattern:
    /\b(?<date>(?:(?<direction>last|this|next)\s+)?(?<holiday>Easter(?: Sunday| Monday| week| Week)?|Good Friday|Palm Sunday|Holy Thursday|Maundy Thursday)\b(?!-))(?:,?\s+(?<year>(?:1[0-9]|20)\d\d)\b)?/dg,
  extract(m) {
    const g = m.groups!;
    const name = g.holiday!.toLowerCase();
    const plus: Record<string, number> = {
      easter: 0, 'easter sunday': 0, 'easter monday': 1, 'easter week': 0, 'good friday': -2, 'palm sunday': -7,
      'holy thursday': -3, 'maundy thursday': -3,
    };
    // "the Easter holidays", "Easter eggs" name no day; the day itself is followed by a verb, a comma or a preposition.
    if (name === 'easter' && /^\s+(?:egg|bunny|holiday|break|message|service|mass|vigil|rising|island|parade)/i.test(textAfter(m, EASTER_NOUN_WINDOW))) return null;
    const point = { kind: 'easter' as const, plus: plus[name] ?? 0, week: name === 'easter week', y: g.year ? Number(g.year) : undefined, dir: dirOf(g.direction) };
    // Easter week begins on Palm Sunday's Monday in TimeBank's reading: the week Easter Sunday closes.
    if (point.week) point.plus = -1;
    return candidate(m, g.year ? null : 'date', 'easterHoliday', { point });
  },
};

/** Characters after "Easter" read for a noun it qualifies (" holiday", " service"). */
const EASTER_NOUN_WINDOW = 12;

/** Holidays on a fixed day (src/language/calendar.ts): "Christmas", "Christmas Eve", "New Year's Day 2024". */
const holiday: P = {
  name: 'holiday',
  cues: FIXED_HOLIDAYS.map((h) => h.name.toLowerCase()),
  pattern: new RegExp(`\\b(?<date>(?<holiday>${alternation(FIXED_HOLIDAYS.map((h) => h.name))})(?: (?<dayOrEve>Day|Eve))?)(?:,?\\s+(?<year>(?:1[0-9]|20)\\d\\d)\\b)?`, 'dg'),
  extract(m) {
    const g = m.groups!;
    const named = FIXED_HOLIDAYS.find((h) => h.name === g.holiday)!;
    if (named.bareNamesDay === false && !g.dayOrEve) return null;
    const [mo, d] = g.dayOrEve === 'Eve' && named.eve ? named.eve : [named.month, named.day];
    return candidate(m, g.year ? null : 'date', 'holiday', { point: { kind: 'calendar', y: g.year ? Number(g.year) : undefined, m: mo, d } });
  },
};

export const calendarParsers: P[] = [numericDate, weekdayHoliday, easterHoliday, monthDay, dayMonth, monthYear, monthAlone, year, decade, spokenYearParser, century, holiday];
