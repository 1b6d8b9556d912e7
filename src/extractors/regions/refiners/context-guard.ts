import { fold } from '../../../language/fold.js';
import type { Refiner } from '../../framework.js';
import { isFoldedFirstName } from '../../../language/first-names.js';
import type { PlaceCandidate } from '../candidate.js';
import { occurrencesIn } from '../../../document/occurrences.js';
import { allLetterUnits, letterRunsIn } from '../../../document/letter-runs.js';

// A capitalised word after a bare place name usually makes it part of another name
// ("Washington Post", "Jordan Peterson", "Kyiv Independent"), except for these, which make it
// a place acting as an attribute ("Texas Gov. Greg Abbott", "Ohio Senate", "Kursk Governor").
const ALLOWED_NEXT = new Set([
  'gov', 'governor', 'lt', 'lieutenant', 'sen', 'senator', 'senators', 'rep', 'reps', 'representative', 'attorney',
  'secretary', 'mayor', 'president', 'prime', 'minister', 'ministry', 'republican', 'republicans', 'democrat',
  'democrats', 'democratic', 'gop', 'house', 'senate', 'legislature', 'assembly', 'parliament', 'police', 'army',
  'national', 'supreme', 'state', 'region', 'oblast', 'province', 'county', 'governor\'s', 'city', 'regional',
  'military', 'district', 'metropolitan', 'authorities', 'officials', 'chief', 'premier', 'deputy', 'first', 'health',
  'election', 'electoral', 'high', 'legislative', 'provincial', 'municipal', 'emergency', 'government', 'council',
  'court', 'attorney-general',
]);
// A capitalised word before one is usually a name's first part ("George Washington", "Lake
// Victoria") unless it opens the sentence or is a direction ("Eastern Ukraine").
const ALLOWED_PREV = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?[Ee]astern|North-?[Ww]estern|South-?[Ee]astern|South-?[Ww]estern|Northeast|Northwest|Southeast|Southwest|Occupied|Mainland|Rural|Downtown|Greater|In|At|From|To|Into|Over|Across|Near|Outside|Inside|Throughout|Around|Along|Toward|Towards|Via|By|For|With|Against|Both|And|Of|The|Neighbouring|Neighboring|Gov\.?|Governor|Sen\.?|Senator|Rep\.?)$/;

/** Characters before a name read for a preposition of place ("outside " is the longest). */
const PREPOSITION_WINDOW = 8;
/** Characters after a name read for a time zone (" standard time"). */
const TIME_ZONE_WINDOW = 16;
/** Characters read on either side of a name for the capitalised word next to it. */
const NEIGHBOUR_WORD_WINDOW = 40;
/** Characters before a word read for the given name before it. */
const GIVEN_NAME_WINDOW = 24;
const WORD_AFTER = /^[ \t\u00a0](?<word>\p{Lu}[\p{L}\p{M}'’]*)\.?/u;
// "6:15 am Moscow time", "Kyiv time": a time zone named after a place is not a mention of it.
const TIME_ZONE_AFTER = /^[ \t\u00a0](?:time|standard time|summer time)\b/i;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|to|from|near|at|of|into|across|outside)[ \u00a0]$/i;
const WORD_BEFORE = /(?<word>\p{Lu}[\p{L}\p{M}'’-]*\.?)[ \t\u00a0]$/u;

/** Drops bare gazetteer names that are part of a longer proper name. */
export const contextGuardRefiner: Refiner<PlaceCandidate> = {
  name: 'context-guard',
  refine(items, doc) {
    const text = doc.text;
    const surname = new Map<string, boolean>();
    const lowered = new Map<string, boolean>();
    let runs: Set<string> | undefined;
    // every word writtenLower may be asked about, looked for in one pass when it first is
    const letterRuns = () =>
      (runs ??= letterRunsIn(text, new Set(items.filter((c) => c.source === 'name').map((c) => c.text.toLowerCase()).filter(allLetterUnits))));
    return items.filter((c) => {
      if (c.source !== 'name') return true;
      // "Governor Alexander Gusev … Gusev wrote": a person's surname, though a town bears it too; "in
      // Washington" is the place still, whoever George Washington is
      let isSurname = surname.get(c.text);
      if (isSurname === undefined) surname.set(c.text, (isSurname = followsGivenName(text, c.text)));
      if (isSurname && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - PREPOSITION_WINDOW), c.start))) return false;
      if (TIME_ZONE_AFTER.test(text.slice(c.end, c.end + TIME_ZONE_WINDOW))) return false;
      // "A man was arrested. Man …": a word the article writes in lower case is that word where a sentence opens
      if (!c.options.some((o) => o.place.kind === 'country') && opensSentence(text, c.start) && writtenLower(text, c.text, lowered, letterRuns)) return false;
      const after = WORD_AFTER.exec(text.slice(c.end, c.end + NEIGHBOUR_WORD_WINDOW));
      if (after && !ALLOWED_NEXT.has(after.groups!.word!.toLowerCase().replace(/’/g, "'"))) return false;
      const beforeText = text.slice(Math.max(0, c.start - NEIGHBOUR_WORD_WINDOW), c.start);
      const before = WORD_BEFORE.exec(beforeText);
      if (before && !ALLOWED_PREV.test(before.groups!.word!) && !opensSentence(text, c.start)) {
        const prevStart = c.start - before[0].length;
        if (!opensSentence(text, prevStart)) return false;
      }
      return true;
    });
  },
};

const LOWER_WORD_EDGE = /[\p{L}\p{M}]/u;

/**
 * Whether the article writes `word` in lower case somewhere, as a word of its own (cached by word).
 * A word of letters alone is looked up among the text's letter runs, read once; others are searched for.
 */
function writtenLower(text: string, word: string, cache: Map<string, boolean>, runs: () => Set<string>): boolean {
  let found = cache.get(word);
  if (found !== undefined) return found;
  found = false;
  const lower = word.toLowerCase();
  if (lower !== word && !word.includes(' ')) {
    if (allLetterUnits(lower)) found = runs().has(lower);
    else {
      for (let at = text.indexOf(lower); at >= 0 && !found; at = text.indexOf(lower, at + 1)) {
        found = !LOWER_WORD_EDGE.test(text[at - 1] ?? '') && !LOWER_WORD_EDGE.test(text[at + lower.length] ?? '');
      }
    }
  }
  cache.set(word, found);
  return found;
}

const GIVEN_NAME_BEFORE = /(?<given>\p{Lu}[\p{Ll}'’-]+) $/u;

/** Is `word` written anywhere right after a known given name ("Alexander Gusev")? Then it is someone's surname. */
function followsGivenName(text: string, word: string): boolean {
  const occurrences = occurrencesIn(text);
  for (let at = occurrences.indexOf(word); at >= 0; at = occurrences.indexOf(word, at + word.length)) {
    const before = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, at - GIVEN_NAME_WINDOW), at));
    const after = text.charCodeAt(at + word.length);
    // a whole word: not "Gusevsky"
    if (before && !(after >= 97 && after <= 122) && isFoldedFirstName(fold(before.groups!.given!))) return true;
  }
  return false;
}

/** Whether the word at `pos` opens a sentence, a line or a quotation. */
function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t\u00a0"“‘'«(\[—–-]/.test(text[i]!)) i--;
  return i < 0 || /[.!?:;\n\r]/.test(text[i]!);
}
