// Word lists the date parsers share: general calendar vocabulary, nothing article-specific.

/** The months in order, each with the abbreviations news writes for it; `alsoAName` when it is a given name or surname too. */
const MONTH_LIST: readonly { name: string; abbreviations: readonly string[]; alsoAName?: true }[] = [
  { name: 'january', abbreviations: ['jan'] }, { name: 'february', abbreviations: ['feb'] },
  { name: 'march', abbreviations: ['mar'] }, { name: 'april', abbreviations: ['apr'], alsoAName: true },
  { name: 'may', abbreviations: [], alsoAName: true }, { name: 'june', abbreviations: ['jun'], alsoAName: true },
  { name: 'july', abbreviations: ['jul'], alsoAName: true }, { name: 'august', abbreviations: ['aug'] },
  { name: 'september', abbreviations: ['sep', 'sept'] }, { name: 'october', abbreviations: ['oct'] },
  { name: 'november', abbreviations: ['nov'] }, { name: 'december', abbreviations: ['dec'] },
];

/** Full month names, lower case, January first. */
export const MONTH_NAMES: readonly string[] = MONTH_LIST.map((m) => m.name);
/** Month abbreviations, lower case, without a full stop: "jan", "sept". */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_LIST.flatMap((m) => m.abbreviations);
/** Month names and abbreviations that are never a person's name ("April", "May" and "June" can be). */
export const MONTH_WORDS_NOT_NAMES: readonly string[] = MONTH_LIST.flatMap((m) => (m.alsoAName ? m.abbreviations : [m.name, ...m.abbreviations]));
/** Abbreviations of the days of the week, lower case, without a full stop: "tue", "thurs". */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
/** The days of the week, lower case, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A holiday on a fixed day of the year; `eve` is the day "<name> Eve" names. */
export interface FixedHoliday {
  name: string;
  month: number;
  day: number;
  eve?: readonly [month: number, day: number];
  /** False when the bare name does not tell the day ("New Year's celebrations"): only "<name> Day" or "Eve" do. */
  bareNamesDay?: false;
}

/** Holidays on a fixed day, as written in news: one line teaches the date parser a holiday. */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { name: 'Christmas', month: 12, day: 25, eve: [12, 24] },
  { name: "New Year's", month: 1, day: 1, eve: [12, 31], bareNamesDay: false },
];

/** A holiday on the nth weekday of a month (nth -1: the last; weekday 1 is Monday), plus some days. */
export interface WeekdayHoliday {
  name: string;
  month: number;
  weekday: number;
  nth: number;
  plus: number;
}

/** US holidays fixed by weekday; "Thanksgiving Day" is read as "Thanksgiving". */
export const WEEKDAY_HOLIDAYS: readonly WeekdayHoliday[] = [
  { name: 'Thanksgiving', month: 11, weekday: 4, nth: 4, plus: 0 },
  // the Tuesday after the first Monday
  { name: 'Election Day', month: 11, weekday: 1, nth: 1, plus: 1 },
  { name: 'Labor Day', month: 9, weekday: 1, nth: 1, plus: 0 },
  { name: 'Memorial Day', month: 5, weekday: 1, nth: -1, plus: 0 },
];

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Longest first, so that an alternation tries "Sept" before "Sep". */
const longestFirst = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length);

export const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_LIST.flatMap((m, i) => [[m.name, i + 1], ...m.abbreviations.map((a) => [a, i + 1])]),
);

/** Full month names only: a bare abbreviation is too often something else. */
export const MONTH_NAME_RE = `(?:${MONTH_NAMES.map(capitalised).join('|')})\\b`;
/** Month names as written in news: capitalised; abbreviations with an optional full stop. */
export const MONTH_RE = `(?:${MONTH_NAME_RE}|(?:${longestFirst(MONTH_ABBREVIATIONS).map(capitalised).join('|')})(?:\\.|\\b))`;

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Record<string, number> = Object.fromEntries(WEEKDAY_NAMES.map((d, i) => [d, i + 1]));
export const WEEKDAY_RE = `(?:${WEEKDAY_NAMES.map(capitalised).join('|')})`;

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, couple: 2, 'a couple of': 2,
};
/** A small count: digits or a number word, optionally "twenty four" / "twenty-four". */
export const COUNT_RE =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|a|an|a couple of|several|a few|few|many|some)';

export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w]!;
  const { tens, unit } = /^(?<tens>\w+)[- ](?<unit>\w+)$/.exec(w)?.groups ?? {};
  if (tens && unit && tens in NUMBER_WORDS && unit in NUMBER_WORDS) return NUMBER_WORDS[tens]! + NUMBER_WORDS[unit]!;
  return null; // several, a few, many: vague
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** An ordinal of counted days: "the eighth day", "the 100th day". */
export const DAY_ORDINAL_RE =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth|\\d+(?:st|nd|rd|th))';

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI',
};

/** Words that name the era of a year: "AD 1066", "1200 BC". */
/**
 * What "today's" says of the present age rather than of the day: "today's youth", "in today's world",
 * "many of today's personal computers".
 */
export const PRESENT_AGE_NOUNS: readonly string[] = [
  'world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'teens', 'teenagers', 'youngsters',
  'students', 'parents', 'families', 'consumers', 'economy', 'technology', 'computers', 'culture', 'politics', 'era',
];

/** What a company reports for a quarter: "this quarter's loss" is the reported quarter's, over by the time it is told. */
export const QUARTER_RESULT_NOUNS: readonly string[] = ['loss', 'losses', 'profit', 'profits', 'earnings', 'results', 'net', 'income', 'sales', 'revenue', 'revenues'];

export const ERA_WORDS: readonly string[] = ['ad', 'bc', 'ce', 'bce'];

/** The hours before dawn, named as a part of a day: "the early hours of Tuesday" is that day's morning. */
export const SMALL_HOURS_WORDS: readonly string[] = ['early', 'small', 'wee'];

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day' || w === 'week' || w === 'weekend' || w === 'month' || w === 'quarter' || w === 'year' || w === 'decade' || w === 'century' || w === 'centurie') {
    return (w === 'centurie' ? 'century' : w) as Unit;
  }
  return null;
}

/** Spoken years as transcripts write them: "nineteen ninety-six". */
const TENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
export const SPOKEN_YEAR_RE =
  '(?:nineteen|twenty)[- ](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?: and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?';

export function spokenYear(text: string): number | null {
  const words = text.toLowerCase().split(/[- ]+/).filter((w) => w !== 'and');
  if (words[0] === 'two' && words[1] === 'thousand') {
    let n = 2000;
    for (const w of words.slice(2)) n += TENS[w] ?? UNITS[w] ?? 0;
    return n;
  }
  const century = TENS[words[0]!];
  if (century == null) return null;
  let rest = 0;
  for (const w of words.slice(1)) rest += TENS[w] ?? UNITS[w] ?? 0;
  return century * 100 + rest;
}
