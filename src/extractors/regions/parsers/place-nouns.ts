import { alternation } from '../../../language/alternation.js';
import { foldName } from '../../../language/fold.js';
import { isFoldedFirstName } from '../../../language/first-names.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../language/calendar.js';
import { BUILDING_WORDS, CONTINENTS, DEMONYMS, DESIGNATOR_PLURALS, PLACE_NOUNS_AFTER_NAME, PLACE_PLURALS, PLACE_PREPOSITIONS, PLACE_QUALIFIERS, STREET_WORDS } from '../../../language/places.js';
import { ORG_HEADS, PARTY_PLURALS } from '../../../language/organizations.js';
import { FUNCTION_WORDS } from '../../../language/function-words.js';
import type { Parser } from '../../framework.js';
import type { RegionKind } from '../../../record/types.js';
import { loadGazetteer, nameOption, type NameOption } from '../gazetteer.js';
import { CAP_WORD, looksAdjectival, nameRunBefore, patternOnFirstUse, patternPlace, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';

// No lookbehind opens these patterns, so that V8 scans for their first letters; the letter before a
// match is checked in code.
const NOUN_AFTER = new RegExp(String.raw` (?<noun>${[...PLACE_NOUNS_AFTER_NAME.keys()].join('|')})(?![\p{L}\p{M}-])`, 'gu');
const LETTER = /[\p{L}\p{M}]/u;
const COMPOUND_AFTER = new RegExp(String.raw`^ (?:${alternation([...BUILDING_WORDS, ...ORG_HEADS])})(?![\p{L}\p{M}])`, 'u');
/** Characters after a place noun read for a noun that makes a compound of it. */
const COMPOUND_WINDOW = 24;
/** Whether a letter or mark stands right before `at`. */
const letterBefore = (text: string, at: number) => at > 0 && LETTER.test(text[at - 1]!);
const nameBefore = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}\p{N}])${CAP_WORD}(?: ${CAP_WORD}){0,2} $`, 'u');
/** "Ennis/Shannon area", "the Vernon and Patoka area": a second name joined before the first. */
const joinedNameBefore = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}\p{N}])(?<name>${CAP_WORD})(?:/| and )$`, 'u');
/** Characters before the noun read for its name: room for three capitalised words. */
const NAME_WINDOW = 60;
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
const OPENS_SENTENCE = /(?:^|[.!?]["”’']?\s+|\n\s*)$/u;
const OF_AFTER = /^ of\b/;
const FUNCTION_NAMES = new Set(FUNCTION_WORDS);

/**
 * Whether a capitalised run can be a place's name: not a date word, an acronym, an adjective, a
 * direction alone ("the South area") or a person's name ("John Smith village" is no settlement).
 */
export function mayNamePlace(words: readonly string[], listed = false): boolean {
  if (!words.length) return false;
  const lastWord = words[words.length - 1]!;
  const last = lastWord.toLowerCase();
  // in a list of places an ending proves nothing (Kopani is a village): only a demonym is read as one
  const adjectival = listed ? loadGazetteer().demonyms.has(last) || DEMONYMS.has(last) : looksAdjectival(lastWord, true);
  if (adjectival && !knownName(words.join(' '))) return false;
  // a date, a body's, a street's or a party's name: "Inverrary Country Club", "Fifth Avenue", "Iowa Democrats"
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => CALENDAR.has(w) || ORG_HEADS.has(w) || STREET_WORDS.has(w) || PARTY_PLURALS.has(w) || CONTINENTS.has(w))) return false;
  if (words.some((w) => /^\p{Lu}+$/u.test(w) && w.length > 1)) return false;
  return !(words.length > 1 && isFoldedFirstName(foldName(words[0]!)));
}

const knownName = (name: string) => Boolean(loadGazetteer().byName.get(foldName(name))?.length);

/** A known name's places, else a place of the pattern's kind named `name`. */
function optionsFor(name: string, kind: RegionKind): NameOption[] {
  const known = loadGazetteer().byName.get(foldName(name));
  return known?.length ? known : [nameOption(patternPlace(name, kind), 'name')];
}

/**
 * "Kalinovka village", "(Yam settlement)", "Kelso township", "the South Westland area", "Ennis/Shannon
 * area": a lowercase settlement or area noun after a capitalised name makes the name a place, named
 * without the noun. A run that only opens its sentence ("Police village …") is left alone.
 */
export const placeNounParser: Parser<PlaceCandidate> = {
  name: 'place-noun',
  pattern: NOUN_AFTER,
  extract(m, doc) {
    // "the Neapolitan suburb of Secondigliano": the name is after "of" (the of-phrase parser's)
    const end = m.index + m[0].length;
    const run = !letterBefore(doc.text, m.index) || OF_AFTER.test(doc.text.slice(end, end + 4)) ? null : nameRunBefore(nameBefore, doc.text, m.index + 1, NAME_WINDOW);
    if (!run || !mayNamePlace(run.words)) return null;
    const { start, words } = run;
    const name = words.join(' ');
    if (OPENS_SENTENCE.test(doc.text.slice(Math.max(0, start - 4), start)) && words.length === 1 && !knownName(name)) return null;
    // "“Big city mayors …”": one word the article also writes in lower case is that word
    if (words.length === 1 && doc.lowerWords.has(name.toLowerCase()) && !knownName(name)) return null;
    // "Hillary town hall", "the Tula city council": the noun opens a compound, which names no place
    if (COMPOUND_AFTER.test(doc.text.slice(end, end + COMPOUND_WINDOW))) return null;
    const kind = PLACE_NOUNS_AFTER_NAME.get(m.groups!.noun!)!;
    // "the Kharkiv area" is the city's or the region's, as the name alone would be
    const cue = m.groups!.noun === 'area' ? undefined : kind;
    const out = [placeCandidate(start, start + name.length, name, optionsFor(name, kind), 'designated', cue)];
    const joined = joinedNameBefore().exec(doc.text.slice(Math.max(0, start - NAME_WINDOW), start));
    if (joined && !FUNCTION_NAMES.has(joined.groups!.name!.toLowerCase())) {
      const other = joined.groups!.name!;
      const at = start - joined[0].length;
      if (mayNamePlace([other])) out.push(placeCandidate(at, at + other.length, other, optionsFor(other, kind), 'designated', cue));
    }
    return out;
  },
};

// Designators' plurals open a list too, but not with "of": "two districts of Kharkiv" are the city's
const PLURAL_OF = new RegExp(String.raw`(?<plural>${[...PLACE_PLURALS.keys(), ...DESIGNATOR_PLURALS.keys()].join('|')})(?=[ ,:–—])`, 'gu');
// What opens the list after the plural: "of"; "including", "such as"; a colon or a dash, also after
// the place that holds them ("15 settlements in Kharkiv Oblast: A, B, C", "the villages – A and B –")
const LIST_OPENER = /^(?:(?<of> of)|(?<including>,? including|,? such as)| ?[:–—]|(?: (?:in|of|across|near|around) [^.;:!?\n–—]{1,60})[:–—]) (?:the )?(?=\p{Lu})/u;
// Rivers and areas are too often named beside a place's events ("launch areas: Yeysk and Kursk") to open a list but by "of"
const OF_ONLY: ReadonlySet<string> = new Set(['rivers', 'areas']);
const POSSESSIVE_AFTER = /^['’]s?/u;
/** Characters after the plural read for what opens its list. */
const OPENER_WINDOW = 90;
const NAME = String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,2}`;
const listAfter = patternOnFirstUse(String.raw`${NAME}(?:(?:,? and |, |,? or )${NAME})*`, 'uy');
const SEPARATOR = /,? and |, |,? or /g;

/**
 * "the settlements of Tavriiske, Shcherbaky and Kopani", "the villages of A and B", "the rivers
 * Corrib, Suck and Shannon": a plural of places opens a list whose every name is one. Each is named
 * as written; a known name keeps its gazetteer places.
 */
export const placeListParser: Parser<PlaceCandidate> = {
  name: 'place-list',
  pattern: PLURAL_OF,
  extract(m, doc) {
    const plural = m.groups!.plural!;
    if (letterBefore(doc.text, m.index)) return null;
    const end = m.index + m[0].length;
    // "rivers Corrib" needs no opener; "settlements Kopani" is no list
    const opened = LIST_OPENER.exec(doc.text.slice(end, end + OPENER_WINDOW));
    const opener = opened?.[0] ?? (plural === 'rivers' && /^ \p{Lu}/u.test(doc.text.slice(end, end + 2)) ? ' ' : null);
    if (opener === null) return null;
    if (opened && !opened.groups!.of && OF_ONLY.has(plural)) return null;
    // designators open a list by "including" alone: "states: Bush and Govs. Christie" lists people
    if (DESIGNATOR_PLURALS.has(plural) && !opened?.groups!.including) return null;
    const start = end + opener.length;
    const list = runAt(listAfter, doc.text, start);
    if (!list) return null;
    const kind = PLACE_PLURALS.get(plural) ?? 'region';
    const out: PlaceCandidate[] = [];
    let last = 0;
    const body = list[0];
    const parts: [string, number][] = [];
    for (const sep of body.matchAll(SEPARATOR)) {
      parts.push([body.slice(last, sep.index), start + last]);
      last = sep.index! + sep[0].length;
      // the name after "and" or "or" ends the list: "states, including Washington and Alaska, Sanders has won"
      if (/and|or/.test(sep[0])) break;
    }
    const tail = body.slice(last);
    const cut = tail.search(SEPARATOR);
    parts.push([cut >= 0 ? tail.slice(0, cut) : tail, start + last]);
    // "the cities of Kharkiv and Sumy regions" is a list of regions, read by the conjoined parser
    if (/^ (?:[Rr]egions|[Oo]blasts|[Pp]rovinces|[Cc]ounties|[Dd]istricts)\b/.test(doc.text.slice(start + body.length, start + body.length + 12))) return null;
    for (const [name, at] of parts) {
      // "states, including Murray's home state": an owner is no member of the list
      if (!mayNamePlace(name.split(' '), true) || POSSESSIVE_AFTER.test(doc.text.slice(at + name.length, at + name.length + 2))) continue;
      out.push(placeCandidate(at, at + name.length, name, optionsFor(name, kind), 'designated', kind));
    }
    return out.length ? out : null;
  },
};

const DIRECTED = new RegExp(String.raw`(?<preposition>${PLACE_PREPOSITIONS.join('|')}) (?:the )?(?<direction>${[...PLACE_QUALIFIERS].join('|')}) (?=\p{Lu})`, 'gu');

/**
 * "at central Evia", "in eastern Ghouta": a lowercase direction between a preposition of place and a
 * capitalised name makes the name a region's. A known name keeps its gazetteer places.
 */
export const directedNameParser: Parser<PlaceCandidate> = {
  name: 'directed-name',
  pattern: DIRECTED,
  extract(m, doc) {
    if (letterBefore(doc.text, m.index)) return null;
    const start = m.index + m[0].length;
    const run = runAt(listAfter, doc.text, start);
    const name = run?.[0].split(/,? and |, |,? or /)[0];
    if (!name || !mayNamePlace(name.split(' '))) return null;
    return placeCandidate(start, start + name.length, name, optionsFor(name, 'region'), 'designated');
  },
};
