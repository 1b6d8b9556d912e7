import { foldWord } from '../../../language/fold.js';
import { PLACE_NAME_CONNECTORS } from '../../../language/places.js';
import type { PositionParser } from '../../framework.js';
import { asciiTrigram, loadGazetteer } from '../gazetteer.js';
import { placeCandidate, type PlaceCandidate } from '../candidate.js';
import { NAME_START, nameWordEnd, nextNameStart } from '../../../document/name-words.js';
import { mayBeFirstWord } from './first-words.js';

const ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt)$/;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const UPPER = /^[\p{Lu}\p{N}]/u;
const CAPITALS = /^\p{Lu}+$/u;

/**
 * Every name the gazetteer knows, at every capitalised word: the longest run of up to
 * `maxWords` words, separated by single spaces, that is a known name ("New York City" before
 * "New York"). Acronym aliases match only in their own case, so "us" is never the United States.
 */
export const gazetteerNameParser: PositionParser<PlaceCandidate> = {
  name: 'gazetteer-name',
  pattern: NAME_START,
  nextStart: nextNameStart,
  extractAt(start, doc) {
    const gaz = loadGazetteer();
    const text = doc.text;
    // most capitalised words start no known name: rejected on their first three letters, before any slicing
    const trigram = asciiTrigram(text, start);
    if (trigram >= 0 && !gaz.firstTrigrams[trigram]) return null;
    let pos = start;
    let key = '';
    let best: PlaceCandidate | null = null;
    for (let n = 0; n < gaz.maxWords; n++) {
      const wordEnd = nameWordEnd(text, pos);
      if (wordEnd < 0) break;
      if (n === 0 && !mayBeFirstWord(gaz, text, pos, wordEnd)) return null;
      const w = text.slice(pos, wordEnd);
      let end = wordEnd;
      // "U.S." and "St." keep their closing dot
      if (text[end] === '.' && (ABBREVIATION.test(w) || DOTTED_ACRONYM.test(w))) end++;
      // a lowercase word inside a name is a connector ("Bosnia and Herzegovina", "Isle of Man");
      // any other one ends it, so "Western region" is not the region "Western Region"
      if (n > 0 && !UPPER.test(w) && !PLACE_NAME_CONNECTORS.has(w)) break;
      const word = foldWord(end === wordEnd ? w : text.slice(pos, end));
      if (n === 0 && !gaz.firstWords.has(word)) return null;
      key = n === 0 ? word : `${key} ${word}`;
      const options = gaz.byName.get(key);
      if (options) {
        const surface = text.slice(start, end).replace(/\.$/, '');
        // "Seattle, WA" is no town "Wa": a short word in capitals names only a place it abbreviates (US, UK)
        // "the Emergency Management Agency (NEMA)" is no town Néma: capitals in brackets are a body's acronym
        const capitals = (surface.length <= 3 || (text[start - 1] === '(' && text[end] === ')')) && CAPITALS.test(surface);
        const usable = options.filter((o) => (o.exact ? o.exact === surface : !capitals));
        // an empty list is a known non-place ("South America"): it still wins the span
        if (usable.length || !options.length) best = placeCandidate(start, end, text.slice(start, end), usable, 'name');
      }
      if (!gaz.prefixes.has(key)) break;
      // the next word must follow after exactly one space or tab
      if (end >= text.length) break; // (reading past the end would deoptimise this loop)
      const gap = text.charCodeAt(end);
      if (gap !== 32 && gap !== 160 && gap !== 9) break;
      pos = end + 1;
    }
    return best;
  },
};
