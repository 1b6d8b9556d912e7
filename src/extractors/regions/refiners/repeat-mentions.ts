import type { Refiner } from '../../framework.js';
import { placeCandidate, type PlaceCandidate } from '../candidate.js';
import { occurrencesIn } from '../../../document/occurrences.js';

/** The shortest name repeated: shorter ones ("Ibu", "Yam") are too often parts of other words or names. */
const MIN_LENGTH = 4;
const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;
const CAPITAL_NEXT = /^ \p{Lu}/u;
/** Names searched for at most: each is a scan of the whole text, so a text built of such names stays linear. */
const MAX_NAMES = 64;

/**
 * A name that the article has shown to be a place by its syntax ("the village of Kamianka", "Kelso
 * township") is that place wherever else it is written: "targeted at Kamianka and Zarichne",
 * "between Kelso and Ross". Only names unknown to the gazetteer are repeated; known ones are found
 * everywhere by it.
 */
export const repeatMentionsRefiner: Refiner<PlaceCandidate> = {
  name: 'repeat-mentions',
  refine(items, doc) {
    const text = doc.text;
    const names = new Map<string, PlaceCandidate>();
    for (const c of items) {
      // a name only listed with places ('list') is too weak a proof to repeat
      if (!c.place || c.place.cc || c.source === 'name' || c.source === 'list') continue;
      const surface = text.slice(c.start, c.end);
      if (surface.length >= MIN_LENGTH && surface === c.text && !names.has(surface) && names.size < MAX_NAMES) names.set(surface, c);
    }
    if (!names.size) return items;
    // one byte a character: 1 where a candidate already stands
    const taken = new Uint8Array(text.length);
    for (const c of items) taken.fill(1, c.start, c.end);
    const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
    const added: PlaceCandidate[] = [];
    const occurrences = occurrencesIn(text);
    for (const [surface, c] of names) {
      for (let at = occurrences.indexOf(surface); at >= 0; at = occurrences.indexOf(surface, at + surface.length)) {
        const end = at + surface.length;
        if (LETTER_OR_MARK.test(text[at - 1] ?? '') || LETTER_OR_MARK.test(text[end] ?? '') || overlaps(at, end)) continue;
        // "Platte River Networks": a capitalised word after it makes it part of another name
        if (CAPITAL_NEXT.test(text.slice(end, end + 2))) continue;
        const copy = placeCandidate(at, end, surface, c.options, c.source, c.cue);
        copy.place = c.place;
        added.push(copy);
        taken.fill(1, at, end);
      }
    }
    return added.length ? [...items, ...added].sort((a, b) => a.start - b.start) : items;
  },
};
