// Comparable keys for the parts of a person, a place and an office, as the records spell them.
import { asciiFold } from '../language/fold.js';
import { DESIGNATORS } from '../language/places.js';
import { consonantSkeleton, nameKey } from './translit.js';

export interface PersonName {
  /** Transliteration key of the surname (the last name word). */
  surname: string;
  /** Transliteration key of the first given name, '' when the name is a surname alone. */
  given: string;
  /** True when the given name is only an initial ("V. Anokhin"). */
  givenIsInitial: boolean;
}

// Generational suffixes and honorifics that may trail or lead a name in a record.
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
const NAME_PREFIXES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'gen', 'col', 'sen', 'rep', 'gov']);

/** Splits a display name into its key parts; undefined for a name with no letters. */
export function parsePersonName(name: string): PersonName | undefined {
  const words = name
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '');
  while (words.length > 1 && NAME_SUFFIXES.has(asciiFold(words[words.length - 1]!))) words.pop();
  while (words.length > 1 && NAME_PREFIXES.has(asciiFold(words[0]!))) words.shift();
  if (words.length === 0) return undefined;
  // A hyphenated surname is one surname: Rimsky-Korsakov.
  const surname = nameKey(words[words.length - 1]!);
  if (surname === '') return undefined;
  const first = words.length > 1 ? words[0]! : '';
  const given = nameKey(first);
  return { surname, given, givenIsInitial: given.length === 1 };
}

export type Relation = 'same' | 'compatible' | 'unknown' | 'conflict';

/**
 * How two given names relate: 'same' when both are full names with one key (or one consonant
 * skeleton: Aleksandr / Alexander), 'compatible' when an initial or a short form fits the other
 * (V. / Vasily, Alex / Alexander), 'unknown' when either is missing, else 'conflict'.
 */
export function givenRelation(a: PersonName, b: PersonName): Relation {
  if (a.given === '' || b.given === '') return 'unknown';
  if (a.given[0] !== b.given[0]) return 'conflict';
  if (a.givenIsInitial || b.givenIsInitial) return 'compatible';
  if (a.given === b.given || consonantSkeleton(a.given) === consonantSkeleton(b.given)) return 'same';
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  return short.length >= 3 && long.startsWith(short) ? 'compatible' : 'conflict';
}

// Words that name the kind of a place rather than which place: "Smolensk Region" = "Smolensk".
const PLACE_DESIGNATORS: ReadonlySet<string> = new Set([
  ...[...DESIGNATORS.keys()].filter((d) => !d.includes(' ')),
  ...'municipality city town village autonomous federal area the of'.split(' '),
]);

/** Adjective and noun forms of a place share a stem: Ukraine / Ukrainian, Russia / Russian. */
function placeStem(key: string): string {
  const s = key.replace(/(?:ian|ean|an|ese|ish)$/, '').replace(/[aeiou]+$/, '');
  return s.length >= 3 ? s : key;
}

const PLACE_KEY_CACHE = new Map<string, string>();

/** Key of a place or body name: "the Smolensk Region" and "Smolensk oblast" → "smolensk". */
export function placeKey(name: string): string {
  let key = PLACE_KEY_CACHE.get(name);
  if (key === undefined) {
    if (PLACE_KEY_CACHE.size >= 50_000) PLACE_KEY_CACHE.clear(); // flat memory over any batch
    PLACE_KEY_CACHE.set(name, (key = computePlaceKey(name)));
  }
  return key;
}

function computePlaceKey(name: string): string {
  const words = name.split(/[\s,.'’()-]+/).filter(Boolean);
  const kept = words.filter((w) => !PLACE_DESIGNATORS.has(asciiFold(w)));
  const use = kept.length ? kept : words;
  return use
    .map((w) => placeStem(nameKey(w)))
    .filter(Boolean)
    .join(' ');
}

// Words of a title that qualify its holder's tenure rather than name the office.
const TITLE_NOISE = new Set(['the', 'of', 'for', 'and', 'acting', 'interim', 'former', 'current', 'incumbent', 'then', 'outgoing', 'newly', 'elected']);

/** The words of a title, lower case, singular: "Ministers of Defence" → {minister, defence}. */
export function titleWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w === '' || TITLE_NOISE.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Two titles agree when the words of one are all in the other: Governor / acting governor. */
export function titleRelation(a: string | null | undefined, b: string | null | undefined): Relation {
  if (!a || !b) return 'unknown';
  return titleWordsRelation(titleWords(a), titleWords(b));
}

export function titleWordsRelation(wa: ReadonlySet<string>, wb: ReadonlySet<string>): Relation {
  if (wa.size === 0 || wb.size === 0) return 'unknown';
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  for (const w of small) if (!big.has(w)) return 'conflict';
  return 'same';
}

/** Two affiliations agree when their place keys are equal or one holds all the words of the other. */
export function affiliationRelation(a: string | null | undefined, b: string | null | undefined): Relation {
  if (!a || !b) return 'unknown';
  return placeKeyRelation(placeKey(a), placeKey(b));
}

export function placeKeyRelation(ka: string, kb: string): Relation {
  if (ka === '' || kb === '') return 'unknown';
  if (ka === kb) return 'same';
  const wa = ka.split(' ');
  const wb = new Set(kb.split(' '));
  const [small, big] = wa.length <= wb.size ? [wa, wb] : [kb.split(' '), new Set(wa)];
  return small.every((w) => big.has(w)) ? 'compatible' : 'conflict';
}
