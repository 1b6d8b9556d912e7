import { foldName } from '../../language/fold.js';
import { DIRECTIONS } from '../../language/places.js';
import type { Span } from '../../document/span.js';
import type { RegionKind } from '../../record/types.js';
import { loadGazetteer, makePlace, type NameOption, type Place } from './gazetteer.js';

/** What the nearby words say a name is: "the city of X", "X governor", "the country of X". */
export type KindCue = RegionKind;

/** A span of text that may name a place, with every place it could be, before resolution. */
export interface PlaceCandidate extends Span {
  text: string;
  options: NameOption[];
  /** Which parser found it: bare names need more checks than "X Region". */
  source: 'designated' | 'list' | 'of-phrase' | 'name';
  cue: KindCue | undefined;
  /** Chosen by the resolver. */
  place: Place | undefined;
}

/**
 * Every candidate is made here, with all its fields in one order, so that candidates from every
 * parser share one hidden class and the refiners' loops over them stay monomorphic (docs/extraction-notes.md).
 */
export function placeCandidate(start: number, end: number, text: string, options: NameOption[], source: PlaceCandidate['source'], cue?: KindCue): PlaceCandidate {
  return { start, end, text, options, source, cue, place: undefined };
}

/** The same place, located in a country; made with the field order of every Place. */
export function inCountry(place: Place, cc: string): Place {
  return makePlace(place.key, place.name, place.kind, cc, place.weak, place.rank, place);
}

/** A place named by a pattern alone ("Cook County", "the city of Pokrovsk"), unknown to the gazetteer. */
export function patternPlace(name: string, kind: RegionKind): Place {
  return makePlace(`${kind}||${foldName(name)}`, name, kind, '', false, 1_000_000);
}

/**
 * A letter or a combining mark. Written as an alternation, not the class `[\p{L}\p{M}]`: the same
 * code points, compiled faster, and the patterns below repeat it a dozen times (docs/extraction-notes.md).
 */
const LETTER_OR_MARK = String.raw`(?:\p{L}|\p{M})`;

/** A capitalised word, hyphen and apostrophe compounds included (Ivano-Frankivsk, Nal'chik), not a possessive 's. */
export const CAP_WORD = String.raw`\p{Lu}${LETTER_OR_MARK}*(?:(?:-|['’](?![sS](?!${LETTER_OR_MARK})))\p{L}${LETTER_OR_MARK}*)*`;

/**
 * A pattern made on first use: compiling the long capitalised-run patterns slows start-up, and most
 * articles never need some of them. Always the same object, so a sticky pattern's lastIndex works as
 * on a constant. A first run on the empty string makes the first real run use compiled code rather
 * than the slow interpreter (docs/extraction-notes.md).
 */
export function patternOnFirstUse(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    if (!pattern) {
      pattern = new RegExp(source, flags);
      pattern.exec('');
      pattern.lastIndex = 0;
    }
    return pattern;
  };
}

/** The run a sticky pattern made by patternOnFirstUse reads from `start` of `text`, or null. */
export function runAt(pattern: () => RegExp, text: string, start: number): RegExpExecArray | null {
  const re = pattern();
  re.lastIndex = start;
  return re.exec(text);
}

/**
 * The capitalised run that an end-anchored pattern made by patternOnFirstUse finds ending at `at`
 * (read from `window` characters before it), without the function words that open it ("the Golan"):
 * its words and where the first of them starts; null when there is none or nothing is left.
 */
export function nameRunBefore(pattern: () => RegExp, text: string, at: number, window: number): { start: number; words: string[] } | null {
  const from = Math.max(0, at - window);
  const run = pattern().exec(text.slice(from, at));
  if (!run) return null;
  const words = run[0].trimEnd().split(' ');
  let start = from + run.index;
  while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) start += words.shift()!.length + 1;
  return words.length ? { start, words } : null;
}

/** Words that open a sentence or a phrase and are capitalised for that reason only. */
export const FUNCTION_WORDS = new Set([
  'the', 'in', 'on', 'at', 'of', 'from', 'to', 'into', 'near', 'across', 'and', 'or', 'both', 'for', 'by', 'with',
  'a', 'an', 'as', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'all', 'neighbouring',
  'neighboring', 'nearby', 'while', 'when', 'after', 'before', 'over', 'under', 'since', 'but', 'if', 'throughout',
  'outside', 'inside', 'around', 'toward', 'towards', 'through', 'within', 'between', 'meanwhile', 'also',
]);

const DIRECTION_OR_QUANTITY =
  /^(?:North|South|East|West|Central|Upper|Lower|Greater|Inner|Outer|Federal|National|Autonomous|Special|Capital|Border|Frontline|Front|Occupied|Other|Several|Many|Both|All|Each|Some|Three|Two|Four|Five|Middle)$/;
// "Orlando-based", "Israeli-controlled", "Cruz-friendly": a name made an adjective
const HYPHENATED_ADJECTIVE = /-\p{Ll}+$/u;
// Continents and oceans: "the Asia-Pacific region", "the Gulf region" are no first-level regions.
const CONTINENT_PART = /(?:^|-)(?:Asia|Africa|Europe|America|Americas|Pacific|Atlantic|Indian|Arctic|Antarctic|Gulf|Mediterranean|Baltic|Balkans?|Nordic|Euro)(?:$|-)/;

/**
 * Words that make a capitalised word an adjective, a direction or a continent's part, not a
 * region's name ("Russian region", "Western region", "Asia-Pacific region"). With `slavicNames`,
 * the -sky/-skyi forms pass, as districts take them for names.
 */
export function looksAdjectival(word: string, slavicNames = false): boolean {
  return (
    loadGazetteer().demonyms.has(word.toLowerCase()) ||
    // Slavic districts are named by adjectives ("Shevchenkivskyi district"): the caller says when that is a name
    (slavicNames ? /(?:ian|ean|ese|ish|ern|ic|ani|ist)$/ : /(?:ian|ean|ese|ish|ern|ic|ani|ist|sky|skiy|skyi)$/).test(word) ||
    DIRECTION_OR_QUANTITY.test(word) ||
    HYPHENATED_ADJECTIVE.test(word) ||
    CONTINENT_PART.test(word)
  );
}

/**
 * Whether a name before a designator reads as an adjective phrase ("Russian and Belarusian", "Western",
 * "Central Division"). A compass point opening a longer name is part of it: "West Pasaman Regency",
 * "North Lombok district".
 */
export function namesAdjectivally(words: readonly string[], slavicNames = false): boolean {
  return words.some((w, k) => looksAdjectival(w, slavicNames) && !(k === 0 && words.length > 1 && DIRECTIONS.includes(w.toLowerCase())));
}
