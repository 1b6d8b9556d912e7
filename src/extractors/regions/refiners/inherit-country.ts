import type { Refiner } from '../../framework.js';
import { inCountry, type PlaceCandidate } from '../candidate.js';

// "Cook County, Illinois", "the Donbas region of Ukraine", "Chasiv Yar in the Donetsk region",
// a place the gazetteer does not know takes its country from the known place that locates it.
const LOCATING_GAP = /^(?:,| of| in| near)(?: the)? $/;
// "the West Bank city of Jenin", "Kharkiv's village of Hlyboke"
const LOCATED_GAP = /^(?:['’]s)? (?:city|town|village|settlement|port|district|county|province|region) of $/;
/** The longest gaps those two patterns can match (" near the ", "'s settlement of "): no longer gap is read. */
const LOCATING_GAP_WINDOW = 12;
const LOCATED_GAP_WINDOW = 24;

/** Gives places found by pattern alone the country of the place that locates them, after or before. */
export const inheritCountryRefiner: Refiner<PlaceCandidate> = {
  name: 'inherit-country',
  refine(items, doc) {
    for (let i = 0; i < items.length; i++) {
      const c = items[i]!;
      if (!c.place || c.place.cc) continue;
      const next = items[i + 1];
      const prev = items[i - 1];
      if (next?.place?.cc && next.start - c.end <= LOCATING_GAP_WINDOW && LOCATING_GAP.test(doc.text.slice(c.end, next.start))) {
        c.place = inCountry(c.place, next.place.cc);
      } else if (prev?.place?.cc && c.start - prev.end <= LOCATED_GAP_WINDOW && LOCATED_GAP.test(doc.text.slice(prev.end, c.start))) {
        c.place = inCountry(c.place, prev.place.cc);
      }
    }
    // Otherwise, when every known town and region of the article lies in one country, an
    // unknown one does too ("the village of Hlyboke" in a story about Kharkiv and Izium).
    const countries = new Set(items.filter((c) => c.place?.cc && c.place.kind !== 'country').map((c) => c.place!.cc));
    if (countries.size === 1) {
      const [cc] = countries;
      for (const c of items) if (c.place && !c.place.cc && c.place.kind !== 'country') c.place = inCountry(c.place, cc!);
    }
    return items;
  },
};
