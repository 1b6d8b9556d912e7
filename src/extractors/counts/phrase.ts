// The thing counted: the noun phrase after a number, up to its head noun.
// "nine unmanned aerial vehicles (UAVs)" → "unmanned aerial vehicles"; "five drones shot down" → "drones";
// "one drone was hit" → "drone". A cheap scan with word lists, not a parser: adjectives and noun
// modifiers are taken until the head (the first plural for a number above one, the last noun
// before a verb or function word for one).
import {
  CASUALTY_VERBS,
  ED_ING_NOUNS,
  IRREGULAR_PLURALS,
  ITEM_PREFIX_WORDS,
  NOT_PLURAL_S,
  STOP_WORDS,
  VERB_WORDS,
} from '../../language/counting.js';
import type { Token } from '../../document/tokens.js';
import { isNumberWord } from './numbers.js';

export interface NounPhrase {
  /** Span of the item: the noun phrase without "more", "other" and the like. */
  start: number;
  end: number;
  /** Lower-cased words of the phrase, item prefix words included. */
  words: string[];
  /** Where the item ends when not at `end`: "two UAV's" counts "UAV". */
  itemEnd?: number;
}

const MAX_WORDS = 6;

// Regular expressions of these per-word checks live at module level: a literal in a function body
// is a new RegExp object at every call.
const LETTER_THEN_S = /\p{L}s$/u;
const SS_OR_US = /(?:ss|us)$/;
const SS_OR_US_PLURAL = /(?:ss|us)es$/;
const LY = /ly$/;
const ED_OR_ING = /(?:ed|ing)$/;
/** "U.S", "a.m" */
const DOTTED_ABBREVIATION = /^\p{L}(?:\.\p{L})+$/u;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
/** possessives and contractions: "Russia's", "wasn’t" */
const CLITIC = /['’](?:s|t|re|ve|ll|d)$/;
const POSSESSIVE_S = /\p{L}['’]s$/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL_S.has(lower) || lower.length < 3) return false;
  return (LETTER_THEN_S.test(lower) && !SS_OR_US.test(lower)) || SS_OR_US_PLURAL.test(lower);
}

/** "-ly" words that are nouns or adjectives, not adverbs. */
const LY_WORDS = new Set(['family', 'ally', 'supply', 'assembly', 'rally', 'belly', 'jelly', 'bully', 'italy', 'elderly', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'friendly', 'lonely', 'only']);

function isAdverb(lower: string): boolean {
  return LY.test(lower) && !LY_WORDS.has(lower);
}

/** Does the word end the phrase as a verb, given what follows it? */
function isVerbHere(tok: Token, next: Token | undefined): boolean {
  if (VERB_WORDS.has(tok.lower)) return true;
  if (!(ED_OR_ING.test(tok.lower) || CASUALTY_VERBS.has(tok.lower)) || ED_ING_NOUNS.has(tok.lower)) return false;
  // "armed drones", "dead soldiers": an -ed or -ing word, or a casualty word, before another
  // content word is an adjective; before anything else it ends the phrase ("one civilian dead")
  return !next || !next.isWord || STOP_WORDS.has(next.lower);
}

/**
 * The noun phrase in the tokens right after a number (a dozen of them), or null when none
 * starts there: the number is then elliptical ("two in the Belgorod Region") or not a count.
 */
export function nounPhraseOf(toks: readonly Token[], plural: boolean): NounPhrase | null {
  const taken: Token[] = [];
  let headIndex = -1;
  /** Where the item ends when not at its head's end: "UAV's" ends at "UAV". */
  let itemEnd = -1;
  for (let i = 0; i < toks.length && taken.length < MAX_WORDS; i++) {
    const tok = toks[i]!;
    // the stop of an abbreviation inside the phrase: "50,000 U.S. troops"
    if (tok.text === '.' && taken.length && DOTTED_ABBREVIATION.test(taken[taken.length - 1]!.text) && tok.start === taken[taken.length - 1]!.end) continue;
    if (!tok.isWord || STOP_WORDS.has(tok.lower) || isNumberWord(tok.lower) || (DIGIT.test(tok.lower) && !LETTER.test(tok.lower))) break;
    if (CLITIC.test(tok.lower)) {
      const reading = cliticReading(toks, i, taken, plural);
      if (reading === 'modifier') {
        taken.push(tok);
        continue;
      }
      if (reading === 'head') {
        taken.push(tok);
        headIndex = taken.length - 1;
        itemEnd = tok.end - 2;
      }
      break;
    }
    // first word: "five killed" has no noun, but "two looks", "19 runs" are plural nouns
    const verb = isVerbHere(tok, toks[i + 1]) && !(taken.length === 0 && plural && tok.lower.endsWith('s'));
    if (verb || isAdverb(tok.lower)) break;
    taken.push(tok);
    // "only 19 support Sanders": a capitalised "-s" word after a lower-case one is a name, not a plural
    // ("two brave Americans", "400 establishment Democrats" are plurals of group names)
    const nameAfterLowerCase =
      CAPITALISED.test(tok.text) &&
      !ACRONYM_PLURAL.test(tok.text) &&
      !GROUP_NAME_PLURAL.test(tok.lower) &&
      taken.slice(0, -1).some((t) => !CAPITALISED.test(t.text));
    if (plural && isPluralNoun(tok.lower) && !nameAfterLowerCase) {
      headIndex = taken.length - 1;
      // "police officers", "arms depots", "Phoenix Technologies common shares", "plain-clothes
      // officers": a plural that often modifies, a name or a compound may be followed by the real
      // head within a few words
      let h = i;
      for (let extended = true; extended && canModify(toks[h]!); ) {
        extended = false;
        for (let j = h + 1; j < toks.length && j <= h + 3; j++) {
          const t = toks[j]!;
          if (!t.isWord || STOP_WORDS.has(t.lower) || isNumberWord(t.lower) || isVerbHere(t, toks[j + 1])) break;
          if (!CAPITALISED.test(t.text) && isPluralNoun(t.lower)) {
            taken.push(...toks.slice(h + 1, j + 1));
            headIndex = taken.length - 1;
            h = j;
            extended = true;
            break;
          }
        }
      }
      break;
    }
  }
  if (!taken.length) return null;
  if (headIndex < 0) {
    // a number above one with no plural: only an acronym is taken as the head ("9 UAV"); an
    // adjective standing alone ("five Russian") or a stray word ("TWA eight hundred climb") is not
    const last = taken[taken.length - 1]!;
    if (plural && !ACRONYM.test(last.text)) return null;
    headIndex = taken.length - 1;
  }
  let first = 0;
  while (first < headIndex && ITEM_PREFIX_WORDS.has(taken[first]!.lower)) first++;
  if (first === headIndex && ITEM_PREFIX_WORDS.has(taken[first]!.lower)) return null;
  return {
    start: taken[first]!.start,
    end: taken[headIndex]!.end,
    words: taken.slice(0, headIndex + 1).map((t) => t.lower),
    ...(itemEnd >= 0 ? { itemEnd } : {}),
  };
}

/**
 * What a word ending in a clitic is in the phrase: the head ("two UAV's over the region", an
 * acronym's plural written with an apostrophe; "1.5 million people's homes", where the number
 * agrees with the plural owner, which is what it counts), a modifier of the head after it ("two
 * sheriff's deputies", "three Marlow County Sheriff's cruisers"), or its end (other possessives
 * and contractions: "Russia's", "wasn’t"; a name alone owns: "30,000 Clinton's lawyers" counts no lawyers).
 */
function cliticReading(toks: readonly Token[], i: number, taken: readonly Token[], plural: boolean): 'head' | 'modifier' | 'end' {
  const tok = toks[i]!;
  if (!POSSESSIVE_S.test(tok.lower)) return 'end';
  const stem = tok.text.slice(0, -2);
  if (plural && (ACRONYM.test(stem) || isPluralNoun(stem.toLowerCase()))) return 'head';
  const ownedByName = CAPITALISED.test(tok.text) && !taken.some((t) => CAPITALISED.test(t.text));
  return !ownedByName && startsNounAfterPossessive(toks[i + 1], toks[i + 2]) ? 'modifier' : 'end';
}

/**
 * A possessive inside the phrase when a content word follows it ("sheriff's deputies"), not a
 * function word, a number or a verb ("two UAV's over", "five MP's resigned").
 */
function startsNounAfterPossessive(next: Token | undefined, afterNext: Token | undefined): boolean {
  if (!next?.isWord || STOP_WORDS.has(next.lower) || isNumberWord(next.lower) || DIGIT.test(next.lower) || CLITIC.test(next.lower)) return false;
  return !isVerbHere(next, afterNext) && !isAdverb(next.lower);
}

/** Endings of plural group names: Americans, Democrats, Muslims, Marines, Communists, Israelites. */
const GROUP_NAME_PLURAL = /(?:ans|crats|ims|ines|ists|ites)$/;

const canModify = (tok: Token): boolean =>
  IRREGULAR_PLURALS.has(tok.lower) || MODIFIER_PLURALS.has(tok.lower) || CAPITALISED.test(tok.text) || tok.lower.includes('-');

/** Plural nouns that often modify another plural: "arms depots", "sports fans". */
const MODIFIER_PLURALS = new Set(['arms', 'sports', 'goods', 'savings', 'communications', 'operations', 'systems', 'services', 'forces', 'weapons', 'drugs', 'customs']);
