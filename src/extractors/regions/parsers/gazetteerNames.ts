import type { Parser } from '../../framework.js';
import { loadGazetteer, foldName } from '../gazetteer.js';
import type { PlaceCandidate } from '../candidate.js';

// A word as names are spelled: letters with inner hyphens, apostrophes (not a possessive 's)
// and the dots of an acronym (U.S.). Each repetition needs its separator, so no backtracking.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’](?![sS](?![\p{L}\p{M}]))|[-.])[\p{L}\p{M}\p{N}]+)*/uy;

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
    let pos = m.index;
    let key = '';
    let best: PlaceCandidate | null = null;
    for (let n = 0; n < gaz.maxWords; n++) {
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w) break;
      let end = pos + w[0].length;
      // "U.S." keeps its closing dot
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(w[0]) && text[end] === '.') end++;
      key = n === 0 ? foldName(text.slice(pos, end)) : `${key} ${foldName(text.slice(pos, end))}`;
      const options = gaz.byName.get(key);
      if (options) {
        const surface = text.slice(m.index, end).replace(/\.$/, '');
        const usable = options.filter((o) => !o.exact || o.exact === surface);
        if (usable.length) best = { start: m.index, end, text: text.slice(m.index, end), options: usable, source: 'name' };
      }
      if (!gaz.prefixes.has(key)) break;
      // the next word must follow after exactly one space or tab
      const gap = text.charCodeAt(end);
      if (gap !== 32 && gap !== 160 && gap !== 9) break;
      pos = end + 1;
    }
    return best;
  },
};
