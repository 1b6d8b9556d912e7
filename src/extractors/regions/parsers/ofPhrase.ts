import type { Parser } from '../../framework.js';
import type { RegionKind } from '../../../record/types.js';
import { loadGazetteer, foldName } from '../gazetteer.js';
import { CAP_WORD, looksAdjectival, patternPlace, type PlaceCandidate } from '../candidate.js';

const KIND_OF: Record<string, RegionKind> = {
  region: 'region', province: 'region', oblast: 'region', state: 'region', county: 'region', republic: 'region',
  krai: 'region', governorate: 'region', prefecture: 'region',
  city: 'city', town: 'city', village: 'city', settlement: 'city', capital: 'city', port: 'city', township: 'city',
  country: 'country', nation: 'country',
};

const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(region|province|oblast|state|county|republic|krai|governorate|prefecture|city|town|village|settlement|capital|port|township|country|nation) of (${CAP_WORD}(?: ${CAP_WORD}){0,2})`,
  'gu',
);

/**
 * "the region of Kursk", "the city of Pokrovsk", "the state of Georgia", "the country of Georgia":
 * a lowercase kind word settles what the name is. A known name keeps its gazetteer places (the
 * kind cue picks among them); an unknown one is taken for settlements and regions, which news
 * names this way precisely because readers may not know them.
 */
export const ofPhraseParser: Parser<PlaceCandidate> = {
  name: 'of-phrase',
  pattern: PATTERN,
  extract(m) {
    const gaz = loadGazetteer();
    const kind = KIND_OF[m[1]!]!;
    const words = m[2]!.split(' ');
    const start = m.index + m[1]!.length + 4;
    // the longest known name opening the run, else the whole run when the kind allows unknowns
    for (let n = words.length; n >= 1; n--) {
      const text = words.slice(0, n).join(' ');
      const key = foldName(text);
      const options = [
        ...(gaz.byName.get(key) ?? []),
        ...(kind === 'region' ? (gaz.byBase.get(key) ?? []).map((place) => ({ place, via: 'base' as const })) : []),
      ];
      if (options.length) return { start, end: start + text.length, text, options, source: 'of-phrase', cue: kind };
    }
    if (kind === 'country' || m[1] === 'state' || m[1] === 'republic' || m[1] === 'capital' || m[1] === 'port') return null;
    const text = words.filter((w, i) => i === 0 || !/^(?:On|In|At|And|The)$/.test(w)).join(' ');
    if (looksAdjectival(words[0]!) || text !== words.join(' ')) return null;
    const name = kind === 'region' && m[1] !== 'county' ? text : kind === 'region' ? `${text} County` : text;
    return { start, end: start + text.length, text, options: [{ place: patternPlace(name, kind), via: 'name' }], source: 'of-phrase', cue: kind };
  },
};
