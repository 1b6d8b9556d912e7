// What the words around a number say about it: a qualifier ("at least"), or that it is not a count
// at all (a year, a date, a clock time, money, an age, a label such as "Route 66" or "Su-34", a
// phone number or an address, a pronoun "one").
import {
  DEFINITE_WORDS,
  LABEL_WORDS,
  MONTHS,
  PRONOUN_ONE_BEFORE,
  QUALIFIERS,
  STOP_WORDS,
  STREET_WORDS,
  YEAR_CUES,
} from './lexicon.js';
import { isPluralNoun } from './phrase.js';
import { isCapitalised, tokensAfter, tokensBefore, type Token } from './tokens.js';

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

const QUALIFIER_AT_END = new RegExp(
  `(?:^|[^\\p{L}])(${[...QUALIFIERS].sort((a, b) => b.length - a.length).map((q) => q.replace(/ /g, '\\s+')).join('|')})\\s+$`,
  'iu',
);

/** The qualifier right before a number, lower-cased, with the span it covers. */
export function qualifierBefore(n: NumberInContext): { qualifier: string; start: number } | null {
  const from = Math.max(n.sentenceStart, n.start - 30);
  const left = n.docText.slice(from, n.start);
  const m = QUALIFIER_AT_END.exec(left);
  if (!m) return null;
  return { qualifier: m[1]!.toLowerCase().replace(/\s+/g, ' '), start: from + m.index + m[0].indexOf(m[1]!) };
}

/** Words that may stand capitalised before a number without making it a label: sentence openers. */
const OPENERS = new Set([...QUALIFIERS.flatMap((q) => q.split(' ')), 'another', 'nearly', 'some', 'all', 'only', 'just', 'with', 'and', 'but', 'of', 'another']);

const CLOCK_AFTER = /^\s*(?:[ap]\.?\s?m\b\.?|o['’]clock|h(?:rs?|ours)?\b|gmt|utc|msk|local time)/iu;
const PER_CENT_AFTER = /^\s*(?:per\s*cent|percent|pct)\b/iu;
const PHONE_BEFORE = /(?:[+(]|\d[\s.\-)]|\d\)\s?)$/u;
const PHONE_AFTER = /^(?:[ .\-]\d|\))/u;

/**
 * Why a number is not a count of things, or null when it may be one. Only the words around the
 * number are read here; the noun after it (units, money, time) is checked once the phrase is known.
 */
export function whyNotACount(n: NumberInContext): string | null {
  const text = n.docText;
  const before = tokensBefore(text, n.start, n.sentenceStart, 3);
  const after = tokensAfter(text, n.end, n.sentenceEnd, 4);
  const prev = before[0];
  const prevGlued = prev !== undefined && prev.end === n.start;
  const prevAdjacent = prev !== undefined && /^[ \u00A0]?$/.test(text.slice(prev.end, n.start));
  const next = after[0];
  const rightText = text.slice(n.end, Math.min(n.sentenceEnd, n.end + 40));

  if (prev && !prev.isWord && /[$€£¥₽]/u.test(prev.text) && (prevGlued || prevAdjacent)) return 'money';
  if (prevAdjacent && prev?.isWord && /^(?:us|usd|eur|rub|uah|gbp)$/i.test(prev.text)) return 'money';
  if (CLOCK_AFTER.test(rightText)) return 'clock time';
  if (PER_CENT_AFTER.test(rightText)) return 'percentage';
  if (next && !next.isWord && next.start === n.end && /[-–]/.test(next.text) && /^[-–]\p{L}/u.test(rightText)) return 'compound modifier';
  if (prev && prevAdjacent && prev.isWord && MONTHS.has(prev.lower)) return 'date';
  if (next?.isWord && MONTHS.has(next.lower)) return 'date';
  if (n.form === 'digits' && /^\d{4}$/.test(text.slice(n.start, n.end)) && n.value >= 1800 && n.value <= 2099 && !countLikeYear(prev, after)) return 'year';
  if (n.form === 'digits' && (PHONE_BEFORE.test(text.slice(Math.max(n.sentenceStart, n.start - 2), n.start)) || PHONE_AFTER.test(rightText))) return 'phone or code';
  if (n.form === 'digits' && isAddress(after)) return 'address';
  if (prev?.isWord && prevAdjacent && LABEL_WORDS.has(prev.lower)) return 'label';
  if (prev && !prev.isWord && /[#№]/.test(prev.text) && prevAdjacent) return 'label';
  if (n.form === 'digits' && prev?.isWord && prevAdjacent && isCapitalised(prev.text) && !OPENERS.has(prev.lower) && !STOP_WORDS.has(prev.lower))
    return 'model or name';
  if (prev?.isWord && prevAdjacent && DEFINITE_WORDS.has(prev.lower)) return 'definite reference';
  if (n.value === 1 && n.form === 'words' && /^one$/i.test(text.slice(n.start, n.end))) {
    if (prev?.isWord && prevAdjacent && PRONOUN_ONE_BEFORE.has(prev.lower)) return 'pronoun one';
    if (/^\s+(?:of|another|by\s+one|after\s+another|or\s+another|way|thing)\b/iu.test(rightText)) return 'pronoun one';
    if (prev?.isWord && prev.lower === 'at' && next?.lower === 'point') return 'pronoun one';
  }
  if (isRatio(before, after)) return 'ratio';
  if (isRange(before)) return 'range';
  return null;
}

/** "2000 people" with no year cue before it is a number; "in 2024", "2024 elections" a year. */
function countLikeYear(prev: Token | undefined, after: Token[]): boolean {
  if (prev?.isWord && YEAR_CUES.has(prev.lower)) return false;
  const next = after[0];
  return Boolean(next?.isWord && !isCapitalised(next.text) && isPluralNoun(next.lower) && !/^(?:elections?|games|olympics)$/.test(next.lower));
}

/** "10 Downing Street", "42 Lenin Ave.": capitalised words then a street word. */
function isAddress(after: Token[]): boolean {
  for (let i = 0; i < Math.min(after.length, 4); i++) {
    const t = after[i]!;
    if (!t.isWord || !isCapitalised(t.text)) return false;
    if (i > 0 && STREET_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "one in five Americans", "three out of four": both numbers are a ratio. */
function isRatio(before: Token[], after: Token[]): boolean {
  const isNum = (t: Token | undefined) => Boolean(t && (/^\d/.test(t.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+ty)$/iu.test(t.text)));
  if (after[0]?.lower === 'in' && (isNum(after[1]) || (after[1]?.lower === 'every' && isNum(after[2])))) return true;
  if (after[0]?.lower === 'out' && after[1]?.lower === 'of') return true;
  if (before[0]?.lower === 'in' && isNum(before[1])) return true;
  if (before[0]?.lower === 'every' && before[1]?.lower === 'in' && isNum(before[2])) return true;
  if (before[0]?.lower === 'of' && before[1]?.lower === 'out' && isNum(before[2])) return true;
  return false;
}

/** "five to ten drones", "5–10 drones": the upper end of a range is not a count by itself. */
function isRange(before: Token[]): boolean {
  const joiner = before[0];
  if (!joiner || !/^(?:to|or|-|–|—)$/.test(joiner.lower)) return false;
  const t = before[1];
  return Boolean(t && (/^\d/.test(t.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|\p{L}+ty|hundred|thousand|million|dozen)$/iu.test(t.text)));
}
