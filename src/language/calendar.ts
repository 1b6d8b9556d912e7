// Word lists the date parsers share: general calendar vocabulary, nothing article-specific.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** Month names as written in news: capitalised; abbreviations with an optional full stop. */
export const MONTH_RE =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))';
/** Full month names only: a bare abbreviation is too often something else. */
export const MONTH_NAME_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b';

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

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
  const m = /^(\w+)[- ](\w+)$/.exec(w);
  if (m && m[1]! in NUMBER_WORDS && m[2]! in NUMBER_WORDS) return NUMBER_WORDS[m[1]!]! + NUMBER_WORDS[m[2]!]!;
  return null; // several, a few, many: vague
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI',
};

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
