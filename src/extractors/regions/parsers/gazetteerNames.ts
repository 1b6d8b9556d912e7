import type { Parser } from '../../framework.js';
import { asciiTrigram, loadGazetteer, foldWord } from '../gazetteer.js';
import { placeCandidate, type PlaceCandidate } from '../candidate.js';

// A word as names are spelled: letters with inner hyphens, apostrophes (not a possessive 's)
// and the dots of an acronym (U.S.). Each repetition needs its separator, so no backtracking.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[-.])[\p{L}\p{M}\p{N}]+)*/uy;

const ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt)$/;
const UPPER = /^[\p{Lu}\p{N}]/u;
const CONNECTORS = new Set(['of', 'and', 'the', 'de', 'del', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'on', 'upon', 'am', 'an', 'der', 'di', 'y', 'e', 'i', 'et', 'en', 'sur', 'im', 'in']);

/**
 * Every name the gazetteer knows, at every capitalised word: the longest run of up to
 * `maxWords` words, separated by single spaces, that is a known name ("New York City" before
 * "New York"). Acronym aliases match only in their own case, so "us" is never the United States.
 */
export const gazetteerNameParser: Parser<PlaceCandidate> = {
  name: 'gazetteer-name',
  pattern: /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}/gu,
  extract(m, doc) {
    const gaz = loadGazetteer();
    const text = doc.text;
    // most capitalised words start no known name: rejected on their first three letters, before any slicing
    const trigram = asciiTrigram(text, m.index);
    if (trigram >= 0 && !gaz.firstTrigrams[trigram]) return null;
    let pos = m.index;
    let key = '';
    let best: PlaceCandidate | null = null;
    for (let n = 0; n < gaz.maxWords; n++) {
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w) break;
      let end = pos + w[0].length;
      // "U.S." and "St." keep their closing dot
      if (text[end] === '.' && (ABBREVIATION.test(w[0]) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(w[0]))) end++;
      // a lowercase word inside a name is a connector ("Bosnia and Herzegovina", "Isle of Man");
      // any other one ends it, so "Western region" is not the region "Western Region"
      if (n > 0 && !UPPER.test(w[0]) && !CONNECTORS.has(w[0])) break;
      const word = foldWord(text.slice(pos, end));
      if (n === 0 && !gaz.firstWords.has(word)) return null;
      key = n === 0 ? word : `${key} ${word}`;
      const options = gaz.byName.get(key);
      if (options) {
        const surface = text.slice(m.index, end).replace(/\.$/, '');
        const usable = options.filter((o) => !o.exact || o.exact === surface);
        // an empty list is a known non-place ("South America"): it still wins the span
        if (usable.length || !options.length) best = placeCandidate(m.index, end, text.slice(m.index, end), usable, 'name');
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
