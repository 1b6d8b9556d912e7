import { alternation } from '../../../language/alternation.js';
import { FEATURE_WORDS_AFTER, FEATURE_WORDS_BEFORE, FEATURE_WORDS_OF, WATER_WORDS_AFTER } from '../../../language/places.js';
import { ORG_HEADS } from '../../../language/organizations.js';
import { PREPOSITIONS } from '../../../language/function-words.js';
import { isTitleHead } from '../../../language/titles.js';
import type { Parser } from '../../framework.js';
import { nameOption } from '../gazetteer.js';
import { CAP_WORD, FUNCTION_WORDS, looksAdjectival, nameRunBefore, patternOnFirstUse, patternPlace, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';

// The feature word is found first; the name beside it is then read with an anchored pattern.
// No lookbehind opens these patterns: V8 then scans for their first letters, and the letter before a
// match is checked in code (a pattern opening with a lookbehind is tried at every position).
const BEFORE = new RegExp(String.raw`(?<word>${alternation(FEATURE_WORDS_BEFORE)}) (?=\p{Lu})`, 'gu');
const AFTER = new RegExp(String.raw` (?<word>${alternation(FEATURE_WORDS_AFTER)}|river)(?![\p{L}\p{M}])`, 'gu');
const LETTER = /[\p{L}\p{M}]/u;
/** Whether a letter or mark stands right before `at`. */
const letterBefore = (text: string, at: number) => at > 0 && LETTER.test(text[at - 1]!);
const nameAfter = patternOnFirstUse(String.raw`${CAP_WORD}(?: ${CAP_WORD})?`, 'uy');
const nameBefore = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}\p{N}])${CAP_WORD}(?: ${CAP_WORD}){0,2} $`, 'u');
/** Characters before the feature word read for its name: room for three capitalised words. */
const NAME_WINDOW = 60;
/** A capitalised word right after the feature makes it part of another name ("Mount Sinai Hospital", "Silicon Valley Bank"). */
const CAPITAL_NEXT = /^ (?<next>\p{Lu})/u;

/** Whether another capitalised word follows `end`: the feature then names a body, not the land. */
const nameGoesOn = (text: string, end: number) => CAPITAL_NEXT.test(text.slice(end, end + 3));
const CAPITAL_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]* $/u;
/** Characters before a feature word read for a capitalised word ("Platte River Networks"). */
const CAPITAL_BEFORE_WINDOW = 20;
/** A body's name with a feature word in it: "the River Club", "Lake Placid Resort". */
const namesBody = (name: string) => name.split(' ').some((w) => ORG_HEADS.has(w.toLowerCase()));

/**
 * Mountains, rivers and named stretches of land: "Mount Merapi", "Mt. Elgon", "River Shannon", "the
 * Golan Heights", "the Rift Valley", "Curve Lake First Nation", "the Dnipro river". Named as
 * written, so that "Mt. Elgon" stays itself and is not the country inside it.
 */
export const featureBeforeParser: Parser<PlaceCandidate> = {
  name: 'feature-before-name',
  pattern: BEFORE,
  extract(m, doc) {
    if (letterBefore(doc.text, m.index)) return null;
    const end = m.index + m[0].length + (runAt(nameAfter, doc.text, m.index + m[0].length)?.[0].length ?? 0);
    const text = doc.text.slice(m.index, end);
    if (end === m.index + m[0].length || nameGoesOn(doc.text, end) || namesBody(text)) return null;
    if (CAPITAL_BEFORE.test(doc.text.slice(Math.max(0, m.index - CAPITAL_BEFORE_WINDOW), m.index))) return null;
    return placeCandidate(m.index, end, text, [nameOption(patternPlace(text, 'region'), 'name')], 'designated');
  },
};

const oneNameAfter = patternOnFirstUse(CAP_WORD, 'uy');
const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);
const THE_BEFORE = /(?:^|[^\p{L}])The $/u;
const OF_FORM = new RegExp(String.raw`(?<word>${alternation(FEATURE_WORDS_OF)}) of (?:the )?(?=\p{Lu})`, 'gu');

/** "the Gulf of Mexico", "the Sea of Azov", "the Strait of Hormuz": a body of water, not the country or town it is named after. */
export const featureOfParser: Parser<PlaceCandidate> = {
  name: 'feature-of-name',
  pattern: OF_FORM,
  extract(m, doc) {
    if (letterBefore(doc.text, m.index)) return null;
    const name = runAt(oneNameAfter, doc.text, m.index + m[0].length);
    if (!name) return null;
    const end = m.index + m[0].length + name[0].length;
    // "the Bay of Pigs invasion" is an event's name, "Persian Gulf of Mexico Ltd" a body's
    const before = doc.text.slice(Math.max(0, m.index - CAPITAL_BEFORE_WINDOW), m.index);
    if (nameGoesOn(doc.text, end) || (CAPITAL_BEFORE.test(before) && !THE_BEFORE.test(before))) return null;
    const text = doc.text.slice(m.index, end);
    return placeCandidate(m.index, end, text, [nameOption(patternPlace(text, 'region'), 'name')], 'designated');
  },
};

export const featureAfterParser: Parser<PlaceCandidate> = {
  name: 'feature-after-name',
  pattern: AFTER,
  extract(m, doc) {
    const end = m.index + m[0].length;
    // the name ends with the space before the feature word
    const run = !letterBefore(doc.text, m.index) || nameGoesOn(doc.text, end) ? null : nameRunBefore(nameBefore, doc.text, m.index + 1, NAME_WINDOW);
    if (!run) return null;
    const { words } = run;
    let { start } = run;
    const word = m.groups!.word!;
    // "the Israeli-controlled Golan Heights": an adjective is no part of the name, but a sea's is ("the Persian Gulf")
    while (words.length && !WATER_WORDS_AFTER.has(word) && looksAdjectival(words[0]!)) start += words.shift()!.length + 1;
    // a headline in title case: "Jet Crashes Into Mediterranean Sea" names the sea after its last small word
    for (let k = words.length - 1; k >= 0; k--) {
      if (!FUNCTION_WORDS.has(words[k]!.toLowerCase()) && !PREPOSITION_SET.has(words[k]!.toLowerCase())) continue;
      for (const w of words.splice(0, k + 1)) start += w.length + 1;
      break;
    }
    // "Trade Representative Carla Hills": a title makes the run a person's name
    if (!words.length || namesBody(words.join(' ')) || words.some((w) => isTitleHead(w.toLowerCase()))) return null;
    const name = `${words.join(' ')} ${word === 'river' ? 'River' : word}`;
    return placeCandidate(start, end, doc.text.slice(start, end), [nameOption(patternPlace(name, 'region'), 'name')], 'designated');
  },
};
