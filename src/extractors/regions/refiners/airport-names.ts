import type { Refiner } from '../../framework.js';
import { patternOnFirstUse, type PlaceCandidate } from '../candidate.js';

// Airports are named after the towns and villages they stand in; in apposition to "airports"
// those names are the airports ("two Moscow-area airports, Zhukovsky and Kolomna"; "the Orly and
// Beauvais airports"), while "Moscow airports" still names Moscow. Only short windows are read.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
const SEP = String.raw`(?:,? and |,? or |, )`;
const afterAirports = patternOnFirstUse(String.raw`(?<![\p{L}\p{M}])[Aa]irports?(?: [-—–] |,? )(?:${NAME}${SEP}){0,4}$`, 'u');
const listedBeforeAirports = patternOnFirstUse(String.raw`^(?:${SEP}${NAME}){1,4} [Aa]irports(?![\p{L}\p{M}])`, 'u');
const LAST_BEFORE_AIRPORTS = /^ [Aa]irports(?![\p{L}\p{M}])/u;
const listedBefore = patternOnFirstUse(String.raw`${NAME}${SEP}$`, 'u');
/** Characters read on either side of a name for the airport list around it: room for a few names. */
const AIRPORT_LIST_WINDOW = 90;

/** Drops bare names that name an airport, not the place. */
export const airportNamesRefiner: Refiner<PlaceCandidate> = {
  name: 'airport-names',
  refine(items, doc) {
    const text = doc.text;
    if (!text.includes('irport')) return items;
    return items.filter((c) => {
      if (c.source !== 'name') return true;
      const before = text.slice(Math.max(0, c.start - AIRPORT_LIST_WINDOW), c.start);
      if (afterAirports().test(before)) return false;
      const after = text.slice(c.end, c.end + AIRPORT_LIST_WINDOW);
      if (listedBeforeAirports().test(after)) return false;
      return !(LAST_BEFORE_AIRPORTS.test(after) && listedBefore().test(before));
    });
  },
};
