import { foldName } from '../../../language/fold.js';
import { isFoldedFirstName } from '../../../language/first-names.js';
import { PLACE_PREPOSITIONS } from '../../../language/places.js';
import { PERSON_VERBS } from '../../../language/speech.js';
import { HONORIFICS, TITLE_ABBREVIATIONS, isTitleHead } from '../../../language/titles.js';
import { occurrencesIn } from '../../../document/occurrences.js';

// Whether a capitalised name that may be a place is a person's: what the refiners that take
// unknown names as places (list members, towns) ask before they do.

// "in Moscow, Sobyanin added": a name that says or writes is a person
const SPEAKS_AFTER = new RegExp(String.raw`^,? (?:${PERSON_VERBS.join('|')})(?![\p{L}\p{M}])`, 'u');
/** Characters after a name read for a verb of saying. */
const AFTER_WINDOW = 24;
const GIVEN_OR_TITLE_BEFORE = /(?<word>\p{Lu}[\p{Ll}'’-]*)\.? $/u;
const PLACED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...PLACE_PREPOSITIONS, 'of'].join('|')})\s+(?:the\s+)?$`, 'iu');
/** Characters before a mention read for a preposition of place. */
const PLACED_WINDOW = 16;
/** Characters before a mention read for the given name or title before it. */
const GIVEN_NAME_WINDOW = 24;

/** A person's name: it speaks, a given name opens it, or the article names it as a person elsewhere. */
export function personLike(name: string, text: string, end: number): boolean {
  const words = name.split(' ');
  if (SPEAKS_AFTER.test(text.slice(end, end + AFTER_WINDOW))) return true;
  return words.some((w, i) => i < words.length - 1 && isFoldedFirstName(foldName(w))) || namedAsPerson(text, words);
}

/**
 * Whether the article names this as a person elsewhere: after a given name or a title ("Donald
 * Trump", "Mr. Cruz"), or, for a name of two words or more, its last word alone after a title or
 * before a verb of saying ("Ros-Lehtinen said").
 */
export function namedAsPerson(text: string, words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  const whole = words.join(' ');
  const occurrences = occurrencesIn(text);
  for (let at = occurrences.indexOf(last); at >= 0; at = occurrences.indexOf(last, at + last.length)) {
    const end = at + last.length;
    const next = text.charCodeAt(end);
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) continue;
    const start = end - whole.length;
    const alone = !text.startsWith(whole, start);
    // the words before the name's own first word, or before the last word alone
    const prior = GIVEN_OR_TITLE_BEFORE.exec(text.slice(Math.max(0, (alone ? at : start) - GIVEN_NAME_WINDOW), alone ? at : start))?.groups?.word?.toLowerCase();
    const titled = prior !== undefined && (HONORIFICS.has(prior) || TITLE_ABBREVIATIONS.has(prior) || isTitleHead(prior));
    // "Robert F. Greenhill": an initial before a name is a person's
    const given = prior !== undefined && (isFoldedFirstName(foldName(prior)) || (prior.length === 1 && text.charAt(start - 2) === '.'));
    if (titled || (words.length === 1 && given)) return true;
    // "Blackwell wrote": a name that speaks, where no preposition of place puts it ("People in Fort Pierce said")
    const placed = () => PLACED_BEFORE.test(text.slice(Math.max(0, at - PLACED_WINDOW), at));
    if ((words.length > 1 ? alone : !placed()) && SPEAKS_AFTER.test(text.slice(end, end + AFTER_WINDOW))) return true;
  }
  return false;
}
