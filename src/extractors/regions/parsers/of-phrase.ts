import { foldName } from '../../../language/fold.js';
import type { Parser } from '../../framework.js';
import type { RegionKind } from '../../../record/types.js';
import { PLACE_NOUNS_BEFORE_OF } from '../../../language/places.js';
import { loadGazetteer, nameOption } from '../gazetteer.js';
import { CAP_WORD, looksAdjectival, patternOnFirstUse, patternPlace, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';

const KIND_OF: Record<string, RegionKind> = {
  region: 'region', province: 'region', oblast: 'region', state: 'region', county: 'region', republic: 'region',
  krai: 'region', governorate: 'region', prefecture: 'region',
  city: 'city', town: 'city', village: 'city', settlement: 'city', capital: 'city', port: 'city', township: 'city',
  country: 'country', nation: 'country',
  ...Object.fromEntries(PLACE_NOUNS_BEFORE_OF),
};

// " of " before a capital is found first; the kind word before it and the name after it are
// then read with anchored patterns.
const PATTERN = / of (?=\p{Lu})/gu;
/** Room before " of " for the longest kind word ("neighbourhood") and a space. */
const KIND_WORD_WINDOW = 14;
const KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?<kind>${Object.keys(KIND_OF).join('|')})$`, 'u');
const nameAfter = patternOnFirstUse(String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,2}`, 'uy');

/**
 * "the region of Kursk", "the city of Pokrovsk", "the state of Georgia", "the country of Georgia":
 * a lowercase kind word settles what the name is. A known name keeps its gazetteer places (the
 * kind cue picks among them); an unknown one is taken for settlements and regions, which news
 * names this way precisely because readers may not know them.
 */
export const ofPhraseParser: Parser<PlaceCandidate> = {
  name: 'of-phrase',
  pattern: PATTERN,
  extract(m, doc) {
    const kindWord = KIND_BEFORE.exec(doc.text.slice(Math.max(0, m.index - KIND_WORD_WINDOW), m.index))?.groups?.kind;
    if (!kindWord) return null;
    const start = m.index + m[0].length;
    const nameRun = runAt(nameAfter, doc.text, start);
    if (!nameRun) return null;
    const gaz = loadGazetteer();
    const kind = KIND_OF[kindWord]!;
    const words = nameRun[0].split(' ');
    // the longest known name opening the run, else the whole run when the kind allows unknowns
    for (let n = words.length; n >= 1; n--) {
      const text = words.slice(0, n).join(' ');
      const key = foldName(text);
      const options = [
        ...(gaz.byName.get(key) ?? []),
        ...(kind === 'region' ? (gaz.byBase.get(key) ?? []).map((place) => nameOption(place, 'base')) : []),
      ];
      if (options.length) return placeCandidate(start, start + text.length, text, options, 'of-phrase', kind);
    }
    if (kind === 'country' || kindWord === 'state' || kindWord === 'republic' || kindWord === 'capital' || kindWord === 'port') return null;
    const text = words.filter((w, i) => i === 0 || !/^(?:On|In|At|And|The)$/.test(w)).join(' ');
    if (looksAdjectival(words[0]!) || text !== words.join(' ')) return null;
    const name = kind === 'region' && kindWord !== 'county' ? text : kind === 'region' ? `${text} County` : text;
    return placeCandidate(start, start + text.length, text, [nameOption(patternPlace(name, kind), 'name')], 'of-phrase', kind);
  },
};
