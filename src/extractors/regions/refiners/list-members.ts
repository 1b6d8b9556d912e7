import { PAIR_PREPOSITIONS, PLACE_PREPOSITIONS } from '../../../language/places.js';
import { HONORIFICS, TITLE_ABBREVIATIONS, isTitleHead } from '../../../language/titles.js';
import { FUNCTION_WORDS as ALL_FUNCTION_WORDS } from '../../../language/function-words.js';
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../../../language/calendar.js';
import type { Refiner } from '../../framework.js';
import { nameOption } from '../gazetteer.js';
import { CAP_WORD, FUNCTION_WORDS, looksAdjectival, patternOnFirstUse, patternPlace, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';
import { mayNamePlace } from '../parsers/place-nouns.js';
import { personLike } from './person-names.js';

const NAME = String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,2}`;
const separatorAt = patternOnFirstUse(String.raw`,? and |, |,? or |/`, 'y');
const separatorBefore = patternOnFirstUse(String.raw`(?:,? and |, |,? or |/)$`, '');
const nameAt = patternOnFirstUse(NAME, 'uy');
const nameBefore = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}\p{N}'’.-])${NAME}$`, 'u');
/** Characters before a separator read for the name that ends there: room for three words. */
const NAME_WINDOW = 60;
/** Characters before a separator's end read for the separator (", and "). */
const SEPARATOR_WINDOW = 6;
/** Characters before a list read for the preposition that opens it ("between "). */
const PREPOSITION_WINDOW = 10;
const PAIR_PREPOSITION = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:${PAIR_PREPOSITIONS.join('|')}) $`, 'iu');
const PLACE_PREPOSITION = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(?:${PLACE_PREPOSITIONS.join('|')}) $`, 'iu');
const CLOSING = / (?:and|or) $/;
const OPENS_SENTENCE = /(?:^|[.!?:]["”’']?\s*|\n\s*)$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{M}])/u;
/** "Alan Charlish in Warsaw and Luiza Ilie in Bucharest": a name placed somewhere is no place of a pair. */
const LOCATED_AFTER = /^ (?:in|at) /;
/** The longest word read as an abbreviation when a dot follows it ("Calif."). */
const MAX_ABBREVIATION = 4;
const NOT_NAMES = new Set([...ALL_FUNCTION_WORDS, ...HONORIFICS.keys(), ...TITLE_ABBREVIATIONS.keys(), ...MONTH_ABBREVIATIONS, ...WEEKDAY_ABBREVIATIONS]);
/** Characters after a name read for a verb of saying or a preposition. */
const AFTER_WINDOW = 24;

/** One member of a list: a place already found, or a capitalised name not yet read as one. */
interface Member {
  start: number;
  end: number;
  known: PlaceCandidate | null;
}

/**
 * "attacked Lobkove, Huliaipole and Robotyne", "between Kelso and Ross", "Willis, Jackson County,
 * Morrill": a capitalised name listed with places is one too. Taken when the list holds two places,
 * or one place and three names, or one place and a preposition of place before the pair; never
 * beside countries alone ("Russia, Iran and Hezbollah"), nor for a name that reads as a person's,
 * a body's or a title.
 */
export const listMembersRefiner: Refiner<PlaceCandidate> = {
  name: 'list-members',
  refine(items, doc) {
    const text = doc.text;
    if (!items.length) return items;
    const byStart = new Map(items.map((c) => [c.start, c]));
    const byEnd = new Map(items.map((c) => [c.end, c]));
    const seen = new Set<PlaceCandidate>();
    const added: PlaceCandidate[] = [];
    for (const c of items) {
      if (seen.has(c) || !c.place || !(separatorNext(text, c.end) || separatorEndsAt(text, c.start))) continue;
      const members = listAround(text, c, byStart, byEnd);
      for (const m of members) if (m.known) seen.add(m.known);
      const unknown = members.filter((m) => !m.known);
      if (!unknown.length) continue;
      const places = members.filter((m) => m.known?.place && m.known.place.kind !== 'country');
      const before = text.slice(Math.max(0, members[0]!.start - PREPOSITION_WINDOW), members[0]!.start);
      // a pair joined by a comma alone is an apposition ("in Moscow, Sobyanin …"), except a place
      // located in the one after it ("in Sleman, Yogyakarta")
      const comma = members.length === 2 && text.slice(members[0]!.end, members[1]!.start) === ', ';
      const located = comma && !members[0]!.known && members[1]!.known?.place?.kind !== 'city' && PLACE_PREPOSITION.test(before);
      const pair = members.length === 2 && !comma && PAIR_PREPOSITION.test(before);
      if (!(places.length >= 2 || (places.length === 1 && (members.length >= 3 || pair)) || located)) continue;
      const kind = !located && places.every((m) => m.known!.place!.kind === 'region') ? 'region' : 'city';
      // a list is of one sort: a person in it ("Florida, Ileana Ros-Lehtinen and Carlos Curbelo") makes it a list of people
      if (unknown.some((m) => personLike(text.slice(m.start, m.end), text, m.end))) continue;
      for (const m of unknown) {
        const name = text.slice(m.start, m.end);
        // "Separately, Kyiv and Lviv …": a word opening its sentence is capitalised for that alone
        if (!isPlaceLike(name, text, m.end) || OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
        if (members.length === 2 && LOCATED_AFTER.test(text.slice(m.end, m.end + 4))) continue;
        const candidate = placeCandidate(m.start, m.end, name, [nameOption(patternPlace(name, kind), 'name')], 'list', kind);
        candidate.place = candidate.options[0]!.place;
        added.push(candidate);
      }
    }
    return added.length ? [...items, ...added].sort((a, b) => a.start - b.start) : items;
  },
};

/** Whether a listed name may be a place: no person's, body's or title's name, no abbreviation, no possessive. */
function isPlaceLike(name: string, text: string, end: number): boolean {
  const words = name.split(' ');
  const after = text.slice(end, end + AFTER_WINDOW);
  if (name.length < 3 || words.some((w) => w.length < 2) || POSSESSIVE_AFTER.test(after)) return false;
  // "San Bernardino, Calif.": a short word before a dot is an abbreviation
  if (name.length <= MAX_ABBREVIATION + 1 && after.startsWith('.')) return false;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => isTitleHead(w) || FUNCTION_WORDS.has(w) || NOT_NAMES.has(w))) return false;
  return !personLike(name, text, end) && mayNamePlace(words, true) && !words.some((w) => w.includes('-') && looksAdjectival(w));
}

/** Whether a separator may follow `end` (", ", " and ", " or ", "/"): read on character codes, as most names stand in no list. */
function separatorNext(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 44 || c === 47 || (c === 32 && (text.startsWith('and ', end + 1) || text.startsWith('or ', end + 1)));
}

/** Whether a separator may end at `start`: ", ", " and ", " or ", "/". */
function separatorEndsAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 47 || (c === 32 && (text.charCodeAt(start - 2) === 44 || text.startsWith(' and', start - 5) || text.startsWith(' or', start - 4)));
}

/** The list `c` stands in, in text order: the candidates and names joined to it by separators. */
function listAround(text: string, c: PlaceCandidate, byStart: Map<number, PlaceCandidate>, byEnd: Map<number, PlaceCandidate>): Member[] {
  const members: Member[] = [{ start: c.start, end: c.end, known: c }];
  // rightwards: a separator, then a candidate or a name; "and" or "or" closes the list
  let closed = false;
  for (let pos = c.end; !closed; ) {
    const sep = runAt(separatorAt, text, pos);
    if (!sep) break;
    closed = CLOSING.test(sep[0]);
    const next = pos + sep[0].length;
    const known = byStart.get(next);
    if (known) {
      members.push({ start: next, end: known.end, known });
      pos = known.end;
      continue;
    }
    const name = runAt(nameAt, text, next);
    if (!name) break;
    members.push({ start: next, end: next + name[0].length, known: null });
    pos = next + name[0].length;
  }
  // leftwards, the same: "and" or "or" may stand only before the list's last member
  for (let pos = c.start; ; ) {
    const sep = separatorBefore().exec(text.slice(Math.max(0, pos - SEPARATOR_WINDOW), pos));
    if (!sep) break;
    if (CLOSING.test(sep[0]) && (closed || members.length > 1)) break;
    closed ||= CLOSING.test(sep[0]);
    const before = pos - sep[0].length;
    const known = byEnd.get(before);
    if (known) {
      members.unshift({ start: known.start, end: before, known });
      pos = known.start;
      continue;
    }
    const window = text.slice(Math.max(0, before - NAME_WINDOW), before);
    const name = nameBefore().exec(window);
    if (!name) break;
    let start = before - name[0].length;
    // "In Lobkove, Huliaipole …": a capitalised function word opening the list is no part of it
    const words = name[0].split(' ');
    while (words.length > 1 && FUNCTION_WORDS.has(words[0]!.toLowerCase())) start += words.shift()!.length + 1;
    members.unshift({ start, end: before, known: null });
    if (words.length < name[0].split(' ').length) break;
    pos = start;
  }
  return members;
}
