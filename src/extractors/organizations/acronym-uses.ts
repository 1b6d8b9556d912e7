import type { Token } from '../../document/tokens.js';
import { isFoldedFirstName } from '../../language/first-names.js';
import { FUNCTION_WORDS, PREPOSITIONS } from '../../language/function-words.js';
import { QUANTIFIERS_OF_THINGS } from '../../language/organizations.js';
import { OFFICE_HEADS, PERSONAL_RANK_WORDS } from '../../language/titles.js';

const DIGITS = /^(?<digits>\p{N}+)$/u;
const MODEL_DIGITS = 3;
const DATELINE_AFTER_STATE = /^(?<mark>[(—–-])$/u;
// words after a quantified abbreviation that leave it the noun: "any CCTV or footage", "any CCTV from the street"
const AFTER_NOUN = new Set([...FUNCTION_WORDS, ...PREPOSITIONS]);

/**
 * Whether the capitalised abbreviation at token `i` is written as a thing, a code or a title rather
 * than as a body: part of a longer name ("Censor.NET"), a reference ("IML774245"), a model with its
 * number ("IAR 330"), a state's code in a dateline ("MONTGOMERY, AL (WSFA)"), a mass noun after a
 * quantifier ("any CCTV"), a time zone after a time ("12:35 IST"), or a title before a name ("CS
 * Kindiki", "former DA Wade Whiting").
 */
export function namesNoBody(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // glued to what stands before it: the tail of a site's or a product's name
  if (prev && prev.end === t.start && (prev.isWord || prev.text === '.')) return true;
  if (next && DIGITS.test(next.text)) {
    // a reference number glued to it, or a model number after it ("ABC 7" is a station, "IAR 330" a model)
    if (next.start === t.end || (text.slice(t.end, next.start) === ' ' && next.text.length >= MODEL_DIGITS)) return true;
  }
  // "any CCTV or footage", not "any HSBC employee": the abbreviation itself is the quantified noun
  // "MONTGOMERY, AL (WSFA) -": a state's postal code after its city in a dateline
  if (t.text.length === 2 && prev?.text === ',' && tokens[i - 2]?.cap && next && DATELINE_AFTER_STATE.test(next.text)) return true;
  if (prev && prev.isWord && QUANTIFIERS_OF_THINGS.has(prev.lower) && !(next?.isWord && !next.cap && !AFTER_NOUN.has(next.lower))) return true;
  // "12:35 IST", "9pm AEST": a time zone after a time of day
  if (prev && (CLOCK_TIME.test(prev.text) || prev.lower === 'am' || prev.lower === 'pm' || (prev.text === '.' && tokens[i - 2]?.lower === 'm'))) return true;
  // "former DA Wade Whiting", "acting AG Jane Doe": a rank makes the abbreviation before a name a
  // title (not "former FBI Director James Comey", where the title is the next word)
  if (prev && PERSONAL_RANK_WORDS.has(prev.lower) && next?.isWord && next.cap && isFoldedFirstName(next.lower)) return true;
  return OFFICE_HEADS.has(t.lower);
}

const CLOCK_TIME = /^\d{1,2}[:.]\d{2}$/u;
