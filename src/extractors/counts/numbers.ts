// Reading numbers: runs of number words ("one hundred and twenty", "twenty-five", "half a dozen")
// split into the numbers they write, and digit strings ("1,200", "1.2 million") turned into values.
import { SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../../language/counting.js';

export interface NumberSpan {
  start: number;
  end: number;
  value: number;
}

// Grouped by first letter, case folded on that letter only ("Five", "five"; not "FIVE"), and
// without the u flag: a case-insensitive Unicode alternation is several times slower to scan with,
// and this pattern runs over every character of every article.
const NUMBER_WORD_GROUPS = new Map<string, string[]>();
for (const w of [...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...SCALE_WORDS.keys(), 'hundred', 'dozen']) {
  const rest = NUMBER_WORD_GROUPS.get(w[0]!) ?? [];
  rest.push(w.slice(1));
  NUMBER_WORD_GROUPS.set(w[0]!, rest);
}
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const NUMBER_WORD = `(?:${[...NUMBER_WORD_GROUPS]
  // longest first within a letter, so that "seventeen" and "seventy" are not read as "seven"
  .map(([c, rest]) => `[${c}${c.toUpperCase()}](?:${rest.sort((x, y) => y.length - x.length).join('|')})`)
  .join('|')})(?![${WORD_CHAR}])`;

/**
 * A run of number words, with "a" or "half a" before it ("a dozen", "half a million"). The
 * separators are disjoint from the words, so the run is matched in linear time; which words of a
 * run form one number is decided by `splitNumberWords`, not by the pattern.
 */
export const NUMBER_WORDS_PATTERN = new RegExp(
  `(?<![${WORD_CHAR}\\-])(?:(?:[Hh]alf\\s+)?[Aa]\\s+)?${NUMBER_WORD}(?:(?:\\s*-\\s*|\\s+(?:and\\s+)?)${NUMBER_WORD})*`,
  'g',
);

/**
 * A number in digits: "9", "1,200", "420,000", "1.2", with a scale word after it ("1.2 million").
 * The look-behind keeps out digits inside words and codes ("S-400", "EF4", "COVID-19", "v2.1",
 * "$5"), the look-ahead digits glued to letters, times and other digit groups ("5km", "12th",
 * "2:00", "3-1", "5/10", "5%", "5-year").
 */
export const DIGITS_PATTERN =
  /(?<![\p{L}\p{N}_\-\/.,:#$€£¥₽+@&'’])(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00A0\u202F]\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion|mln|bln|bn|lakhs?|crores?)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}_%°]|[.,:\/\-–]\p{N}|-\p{L})/gu;

// "2.04 lakh", "119 crore": the Indian scales (a lakh is 100,000, a crore 10 million), written in
// Indian grouping too ("2,04,348")
const DIGIT_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** The value of a digits match, or null when it is not a whole number of things. */
export function digitsValue(written: string): number | null {
  const m = /^(?<digits>[\d,.\u00A0\u202F]+)(?:\s+(?<scale>\p{L}+))?$/u.exec(written);
  if (!m) return null;
  const { digits, scale: scaleWord } = m.groups!;
  const base = Number(digits!.replace(/[,\u00A0\u202F]/g, ''));
  const scale = scaleWord ? DIGIT_SCALES[scaleWord.toLowerCase()] ?? NaN : 1;
  const value = Math.round(base * scale * 1000) / 1000;
  return Number.isSafeInteger(value) ? value : null;
}

export function isNumberWord(lower: string): boolean {
  return UNIT_WORDS.has(lower) || TEEN_WORDS.has(lower) || TENS_WORDS.has(lower) || SCALE_WORDS.has(lower) || lower === 'hundred' || lower === 'dozen';
}

type Step = 'start' | 'a' | 'half' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'dozen';

/** A word of a number-words run, lower case, with offsets in the run. */
export interface RunWord {
  word: string;
  start: number;
  end: number;
}

// The words of a run, by definition its matches of /\p{L}+/gu, lower-cased. A run the number-words
// pattern matched is ASCII (but for an odd Unicode space), and its words are read on character codes
// (no iterator, no match arrays); any other text takes the regular expression.
const LETTERS = /\p{L}+/gu;

export function wordsOfRun(run: string): RunWord[] {
  const tokens: RunWord[] = [];
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 128) return wordsByRegex(run);
  let i = 0;
  while (i < run.length) {
    if (!isAsciiLetter(run.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let upper = false;
    for (; i < run.length && isAsciiLetter(run.charCodeAt(i)); i++) if (run.charCodeAt(i) <= 90) upper = true;
    const w = run.slice(start, i);
    tokens.push({ word: upper ? w.toLowerCase() : w, start, end: i });
  }
  return tokens;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function wordsByRegex(run: string): RunWord[] {
  const tokens: RunWord[] = [];
  for (const m of run.matchAll(LETTERS)) tokens.push({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  return tokens;
}

/** What may follow what inside one number written in words. */
function allowed(prev: Step, word: string, lastScale: number): boolean {
  if (UNIT_WORDS.has(word)) return prev === 'start' || prev === 'tens' || prev === 'hundred' || prev === 'scale' || prev === 'and';
  if (TEEN_WORDS.has(word) || TENS_WORDS.has(word))
    return prev === 'start' || prev === 'hundred' || prev === 'scale' || prev === 'and';
  if (word === 'hundred') return prev === 'unit' || prev === 'teen' || prev === 'a';
  if (word === 'dozen') return prev === 'unit' || prev === 'a' || prev === 'half';
  const scale = SCALE_WORDS.get(word);
  if (scale !== undefined)
    return (
      (prev === 'unit' || prev === 'teen' || prev === 'tens' || prev === 'hundred' || prev === 'a' || prev === 'half') &&
      scale < lastScale
    );
  if (word === 'and') return prev === 'hundred' || prev === 'scale';
  return false;
}

/**
 * Splits a run of number words into the numbers it writes: "one hundred and twenty" is one,
 * "five six" two, "and" binds only after "hundred" or a scale, "a" only before "hundred", a
 * scale or "dozen". Offsets are relative to the run.
 */
export function splitNumberWords(run: string): NumberSpan[] {
  const tokens = wordsOfRun(run);
  const out: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let prev: Step = 'start';
    let total = 0;
    let current = 0;
    let half = false;
    let lastScale = Infinity;
    const first = i;
    let lastNumeric = -1; // index of the last token that ends a valid number
    let j = i;
    for (; j < tokens.length; j++) {
      const w = tokens[j]!.word;
      if (prev === 'start' && (w === 'a' || w === 'half')) {
        if (w === 'half') half = true;
        prev = w;
        continue;
      }
      if (prev === 'half' && w === 'a') continue;
      if (!allowed(prev, w, lastScale)) break;
      if (w === 'and') {
        const next = tokens[j + 1]?.word ?? '';
        if (!(UNIT_WORDS.has(next) || TEEN_WORDS.has(next) || TENS_WORDS.has(next))) break;
        prev = 'and';
        continue;
      }
      const unit = UNIT_WORDS.get(w) ?? TEEN_WORDS.get(w) ?? TENS_WORDS.get(w);
      if (unit !== undefined) {
        current += unit;
        prev = UNIT_WORDS.has(w) ? 'unit' : TEEN_WORDS.has(w) ? 'teen' : 'tens';
      } else if (w === 'hundred') {
        current = (current || 1) * 100;
        prev = 'hundred';
      } else if (w === 'dozen') {
        current = half ? 6 : (current || 1) * 12;
        half = false;
        prev = 'dozen';
      } else {
        const scale = SCALE_WORDS.get(w)!;
        total += (half ? 0.5 : current || 1) * scale;
        half = false;
        current = 0;
        lastScale = scale;
        prev = 'scale';
      }
      lastNumeric = j;
    }
    if (lastNumeric >= first) {
      const value = total + current;
      if (value > 0 && Number.isSafeInteger(value)) out.push({ start: tokens[first]!.start, end: tokens[lastNumeric]!.end, value });
      i = lastNumeric + 1;
    } else {
      i = Math.max(j, i + 1);
    }
  }
  return out;
}
