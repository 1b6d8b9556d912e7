import { foldName } from '../../../language/fold.js';
import type { Parser } from '../../framework.js';
import { loadGazetteer, makePlace, nameOption, type NameOption } from '../gazetteer.js';
import { CAP_WORD, patternOnFirstUse, placeCandidate, runAt, type PlaceCandidate } from '../candidate.js';

const PATTERN = /(?<![\p{L}\p{M}])Greater (?=\p{Lu})/gu;
const nameAfter = patternOnFirstUse(String.raw`${CAP_WORD}(?: ${CAP_WORD})?`, 'uy');

/**
 * "Greater London", "Greater Sydney": a city's metropolitan county or region, a place of its
 * own that must win over the bare city inside it. The gazetteer's own "Greater" names ("Greater
 * Accra") are left to the name parser.
 */
export const greaterCityParser: Parser<PlaceCandidate> = {
  name: 'greater-city',
  pattern: PATTERN,
  extract(m, doc) {
    const start = m.index + m[0].length;
    const run = runAt(nameAfter, doc.text, start);
    if (!run) return null;
    const gaz = loadGazetteer();
    const words = run[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      const cityText = words.slice(0, n).join(' ');
      if (gaz.byName.has(foldName(`Greater ${cityText}`))) return null;
      const cities = (gaz.byName.get(foldName(cityText)) ?? []).filter((o) => o.place.kind === 'city');
      if (!cities.length) continue;
      const seen = new Set<string>();
      const options: NameOption[] = [];
      for (const c of [...cities].sort((a, b) => a.place.rank - b.place.rank)) {
        if (seen.has(c.place.cc)) continue;
        seen.add(c.place.cc);
        const name = `Greater ${c.place.name}`;
        options.push(nameOption(makePlace(`region|${c.place.cc}|${foldName(name)}`, name, 'region', c.place.cc, false, c.place.rank), 'name'));
      }
      const end = start + cityText.length;
      return placeCandidate(m.index, end, doc.text.slice(m.index, end), options, 'designated');
    }
    return null;
  },
};
