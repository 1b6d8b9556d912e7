// What the words around a number say about it: a qualifier ("at least"), or that it is not a count
// at all (a year, a date, a clock time, money, an age, a label such as "Route 66" or "Su-34", a
// phone number or an address, a pronoun "one").
import {
  CONTACT_VERBS,
  DEFINITE_WORDS,
  PHONE_FOLLOWERS,
  LABEL_WORDS,
  MONTHS,
  PEOPLE_NOUNS,
  PRONOUN_ONE_BEFORE,
  QUALIFIERS,
  STOP_WORDS,
  STREET_WORDS,
  YEAR_CUES,
} from '../../language/counting.js';
import { isNumberWord } from './numbers.js';
import { isPluralNoun } from './phrase.js';
import type { Token } from '../../document/tokens.js';

export interface NumberInContext {
  /** The whole document text. */
  docText: string;
  start: number;
  end: number;
  value: number;
  /** How the number is written. */
  form: 'digits' | 'words';
  /** The sentence holding it. */
  sentenceStart: number;
  sentenceEnd: number;
}

const QUALIFIER_SET = new Set<string>(QUALIFIERS);

/**
 * The qualifier right before a number, lower-cased, with the span it covers: looked up as the
 * last one, two or three words (`before`, nearest first), longest first.
 */
export function qualifierBefore(n: NumberInContext, before: readonly Token[]): { qualifier: string; start: number } | null {
  let best: { qualifier: string; start: number } | null = null;
  let phrase = '';
  for (let i = 0; i < Math.min(3, before.length); i++) {
    const t = before[i]!;
    const gapEnd = i === 0 ? n.start : before[i - 1]!.start;
    if (!t.isWord || !SPACES.test(n.docText.slice(t.end, gapEnd))) break;
    phrase = i === 0 ? t.lower : `${t.lower} ${phrase}`;
    if (QUALIFIER_SET.has(phrase)) best = { qualifier: phrase, start: t.start };
  }
  return best;
}

/** Words that may stand capitalised before a number without making it a label: sentence openers. */
const OPENERS = new Set([...QUALIFIERS.flatMap((q) => q.split(' ')), 'all', 'with', 'and', 'but', 'of']);

const CLOCK_AFTER = /^\s*(?:[ap]\.?\s?m\b\.?|o['’]clock|h(?:rs?|ours)?\b|gmt|utc|msk|local time)/iu;
const PER_CENT_AFTER = /^\s*(?:per\s*cent|percent|pct)\b/iu;
const PHONE_BEFORE = /(?:[+(]|\d[\s.\-)]|\d\)\s?)$/u;
const PHONE_AFTER = /^(?:[ .\-]\d|\))/u;
// The other checks' regular expressions live at module level too: a literal in a function body is
// a new RegExp object at every call, and these run for every number.
const SPACES = /^\s+$/;
const COMPOUND_AFTER = /^[-–]\p{L}/u;
const ONE_SPACE_OR_NONE = /^[ \u00A0]?$/;
const CURRENCY_SIGN = /[$€£¥₽]/u;
const CURRENCY_CODE = /^(?:us|usd|eur|rub|uah|gbp|dlrs|rs)$/i;
const FOUR_DIGITS = /^\d{4}$/;
const UPPER_FIRST = /^\p{Lu}/u;
const NUMBER_SIGN = /[#№]/;
const ONE = /^one$/i;
const PRONOUN_ONE_AFTER = /^\s+(?:of|another|by\s+one|after\s+another|or\s+another|way|thing)\b/iu;
const VERB_ENDING = /(?:[^su]s|ed)$/;
const YEAR_NOUNS = /^(?:elections?|games|olympics|levels|prices|figures|rates|standards)$/;
const RANGE_JOINER = /^(?:to|or|and|-|–|—)$/;
const RATIO_BASE = /^(?:10|100|1,?000|ten|hundred|thousand)$/i;
const DIGIT_FIRST = /^\d/;
/** Characters after a number read for a unit glued to it: a clock ("a.m.", " local time"), " per cent", a phone number's rest. */
const UNIT_AFTER_WINDOW = 24;
/** Characters before a number read for a phone number's separator ("+", "555-", "(0)"). */
const PHONE_BEFORE_WINDOW = 2;
/** Characters after a number read for the words that make "one" a pronoun (" by one", " after another"). */
const PRONOUN_AFTER_WINDOW = 40;
/** Tokens after a number read for an address: up to three capitalised words and the street word ("Lenin Ave"). */
const ADDRESS_TOKENS = 4;

/**
 * The checks that need only the characters right beside the number, run before any tokenizing:
 * most numbers that are not counts (times, percentages, phone numbers, "5-year") stop here.
 */
export function whyNotACountByCharacters(n: NumberInContext): string | null {
  const text = n.docText;
  const rightText = text.slice(n.end, Math.min(n.sentenceEnd, n.end + UNIT_AFTER_WINDOW));
  if (CLOCK_AFTER.test(rightText)) return 'clock time';
  if (PER_CENT_AFTER.test(rightText)) return 'percentage';
  if (COMPOUND_AFTER.test(rightText)) return 'compound modifier';
  if (n.form === 'digits' && (PHONE_BEFORE.test(text.slice(Math.max(n.sentenceStart, n.start - PHONE_BEFORE_WINDOW), n.start)) || PHONE_AFTER.test(rightText))) return 'phone or code';
  return null;
}

/**
 * Why a number is not a count of things, or null when it may be one, after
 * `whyNotACountByCharacters` has passed it. Only the words around the number are read here; the
 * noun after it (units, money, time) is checked once the phrase is known.
 */
export function whyNotACount(n: NumberInContext, before: readonly Token[], after: readonly Token[]): string | null {
  const text = n.docText;
  const prev = before[0];
  const prevGlued = prev !== undefined && prev.end === n.start;
  const prevAdjacent = prev !== undefined && ONE_SPACE_OR_NONE.test(text.slice(prev.end, n.start));
  const next = after[0];
  const rightText = text.slice(n.end, Math.min(n.sentenceEnd, n.end + PRONOUN_AFTER_WINDOW));
  if (prev && !prev.isWord && CURRENCY_SIGN.test(prev.text) && (prevGlued || prevAdjacent)) return 'money';
  if (prevAdjacent && prev?.isWord && CURRENCY_CODE.test(prev.text)) return 'money';
  // an abbreviation's stop before the number: "Feb. 23", "No. 5", "Aug. 2"
  const abbreviation = prev?.text === '.' && prevAdjacent && before[1]?.isWord && before[1].end === prev.start ? before[1].lower + '.' : null;
  if (abbreviation && (MONTHS.has(abbreviation) || LABEL_WORDS.has(abbreviation))) return MONTHS.has(abbreviation) ? 'date' : 'label';
  // "Rs. 5,200", "Rs. one lakh"
  if (abbreviation && CURRENCY_CODE.test(abbreviation.slice(0, -1))) return 'money';
  if (prev && prevAdjacent && prev.isWord && MONTHS.has(prev.lower)) return 'date';
  if (next?.isWord && MONTHS.has(next.lower)) return 'date';
  if (n.form === 'digits' && FOUR_DIGITS.test(text.slice(n.start, n.end)) && n.value >= 1800 && n.value <= 2099 && !countLikeYear(prev, after)) return 'year';
  if (n.form === 'digits' && isAddress(after)) return 'address';
  // "room 101", "Building Two", "group One Nation", but not "started building two bomb shelters"
  if (prev?.isWord && prevAdjacent && LABEL_WORDS.has(prev.lower) && (n.form === 'digits' || prev.cap || UPPER_FIRST.test(text.slice(n.start, n.end)))) return 'label';
  if (prev && !prev.isWord && NUMBER_SIGN.test(prev.text) && prevAdjacent) return 'label';
  if (n.form === 'digits' && prev?.isWord && prevAdjacent && prev.cap && !OPENERS.has(prev.lower) && !STOP_WORDS.has(prev.lower) && !isTitleCaseVerb(prev, next))
    return 'model or name';
  // "the two sides", "the two men" point back at a pair already named; "the four cases", "the 12
  // deaths", "the two other victims" state a figure, which counts though it restates one
  if (prev?.isWord && prevAdjacent && DEFINITE_WORDS.has(prev.lower) && next?.lower !== 'other' && n.form !== 'digits' && n.value < 3) return 'definite reference';
  if (n.value === 1 && n.form === 'words' && ONE.test(text.slice(n.start, n.end))) {
    // "said that one person was killed": "that" opens the clause, "one person" is counted
    const countsPeople = prev?.lower === 'that' && next?.isWord === true && PEOPLE_NOUNS.has(next.lower);
    if (prev?.isWord && prevAdjacent && PRONOUN_ONE_BEFORE.has(prev.lower) && !countsPeople) return 'pronoun one';
    if (PRONOUN_ONE_AFTER.test(rightText)) return 'pronoun one';
    if (prev?.isWord && prev.lower === 'at' && next?.lower === 'point') return 'pronoun one';
  }
  if (n.form === 'digits' && isPhoneByWords(n, before, after)) return 'phone or code';
  if (isRatio(before, after, text.slice(n.start, n.end))) return 'ratio';
  if (isRange(before)) return 'range';
  return null;
}

/** Characters before "on" read for the verb of getting in touch: "contact Cheshire Police anonymously on 101". */
const CONTACT_REACH = 60;
const WORDS_IN = /\p{L}+/gu;
const CLAUSE_BREAK = /[.;:!?()]/;

/**
 * "call 999", "contact the police on 101", "on 101 quoting incident 123": a phone number named by
 * the words around it, when no plural follows ("call 30 witnesses" counts witnesses).
 */
function isPhoneByWords(n: NumberInContext, before: readonly Token[], after: readonly Token[]): boolean {
  const next = after[0];
  if (next?.isWord && PHONE_FOLLOWERS.has(next.lower)) return true;
  if (next?.isWord && isPluralNoun(next.lower)) return false;
  const prev = before[0];
  if (!prev?.isWord) return false;
  if (CONTACT_VERBS.has(prev.lower)) return true;
  if (prev.lower !== 'on') return false;
  // the verb, then at least one word (its object), then "on": "called on" is another verb
  const clause = n.docText.slice(Math.max(n.sentenceStart, prev.start - CONTACT_REACH), prev.start);
  const words = clause.slice(lastIndexOfBreak(clause) + 1).toLowerCase().match(WORDS_IN) ?? [];
  return words.slice(0, -1).some((w) => CONTACT_VERBS.has(w));
}

function lastIndexOfBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i]!)) return i;
  return -1;
}

/** A headline's verb before a count ("Russia Downs 41 Drones"), not a name with a number ("Route 66"). */
function isTitleCaseVerb(prev: Token, next: Token | undefined): boolean {
  return VERB_ENDING.test(prev.lower) && Boolean(next?.isWord && isPluralNoun(next.lower));
}

/** "2000 people" with no year cue before it is a number; "in 2024", "2024 elections" a year. */
function countLikeYear(prev: Token | undefined, after: readonly Token[]): boolean {
  // "the 2016 candidates", "his 2013 amendments": a year that names which ones
  if (prev?.isWord && (YEAR_CUES.has(prev.lower) || DEFINITE_WORDS.has(prev.lower))) return false;
  const next = after[0];
  return Boolean(next?.isWord && !next.cap && isPluralNoun(next.lower) && !YEAR_NOUNS.test(next.lower));
}

/** "10 Downing Street", "42 Lenin Ave.": capitalised words then a street word. */
function isAddress(after: readonly Token[]): boolean {
  for (let i = 0; i < Math.min(after.length, ADDRESS_TOKENS); i++) {
    const t = after[i]!;
    if (!t.isWord || !t.cap) return false;
    if (i > 0 && STREET_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "one in five Americans", "three out of four": both numbers are a ratio. */
function isRatio(before: readonly Token[], after: readonly Token[], numberText: string): boolean {
  const isNum = isNumberToken;
  if (after[0]?.lower === 'in' && (isNum(after[1]) || (after[1]?.lower === 'every' && isNum(after[2])))) return true;
  if (after[0]?.lower === 'out' && after[1]?.lower === 'of') return true;
  // "eight of 10 avocados", "one of every nine voters"; but "shot down 37 of 52 drones" counts both:
  // only a round base (10, 100, 1,000) makes a proportion
  if (before[0]?.lower === 'of' && isNum(before[1]) && isRatioBase(numberText)) return true;
  if (before[0]?.lower === 'every' && before[1]?.lower === 'of' && isNum(before[2])) return true;
  if (before[0]?.lower === 'in' && isNum(before[1])) return true;
  if (before[0]?.lower === 'every' && before[1]?.lower === 'in' && isNum(before[2])) return true;
  if (before[0]?.lower === 'of' && before[1]?.lower === 'out' && isNum(before[2])) return true;
  return false;
}

/** "five to ten drones", "5–10 drones": the upper end of a range is not a count by itself. */
function isRange(before: readonly Token[]): boolean {
  const joiner = before[0];
  if (!joiner || !RANGE_JOINER.test(joiner.lower)) return false;
  if (joiner.lower === 'and' && before[2]?.lower !== 'between') return false;
  return isNumberToken(before[1]);
}

/** "of 10 voters", "of 100 households": the round bases a proportion is given over. */
export function isRatioBase(numberText: string): boolean {
  return RATIO_BASE.test(numberText.trim());
}

/** A token that writes a number: "12", "1,200", "nine", "twenty-five". */
function isNumberToken(t: Token | undefined): boolean {
  return Boolean(t && (DIGIT_FIRST.test(t.text) || isNumberWord(t.lower.split('-')[0]!)));
}
