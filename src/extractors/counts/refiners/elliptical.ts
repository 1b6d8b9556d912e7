import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';
import { PEOPLE_NOUNS, PLACE_NOUNS } from '../../../language/counting.js';

const NEAR_SIBLING = 40;
// how far back in a sentence to look for a sibling: lists are short, sentences may not be
const MAX_SIBLINGS_BACK = 12;

/** The last word of an item, lower-cased: "Ukrainian drone aircraft" → "aircraft". */
export const headOf = (item: string): string => (item.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).pop() ?? '';

/** The last count of a sentence that counts things rather than places, if any. */
function thingCountedIn(counts: readonly CountCandidate[], sentence: number): CountCandidate | undefined {
  let fallback: CountCandidate | undefined;
  for (let k = counts.length - 1; k >= 0 && counts[k]!.sentence >= sentence; k--) {
    const s = counts[k]!;
    if (s.sentence !== sentence || !s.item || s.elliptical) continue;
    if (!PLACE_NOUNS.has(headOf(s.item))) fallback = s; // keep going: the first thing counted is the total
  }
  return fallback;
}

/**
 * "five drones shot down in the Bryansk Region, two in the Belgorod Region": the bare "two" counts
 * what the count before it in the sentence counts. A total over places ("across three regions:
 * five …") is passed over for the count before it, since the parts count the things, not the places.
 * Bare numbers with no sibling are dropped, but for those a casualty verb governs ("killed 3"),
 * which count people; "188 others" with none keeps its own word.
 */
export const resolveElliptical: Refiner<CountCandidate> = {
  name: 'elliptical counts take their sibling item',
  refine(items) {
    const sorted = [...items].sort((a, b) => a.start - b.start);
    const out: CountCandidate[] = [];
    for (const c of sorted) {
      if (!c.elliptical) {
        out.push(c);
        continue;
      }
      let sibling: CountCandidate | undefined;
      let nearest: CountCandidate | undefined;
      for (let k = out.length - 1, seen = 0; k >= 0 && out[k]!.sentence === c.sentence && seen < MAX_SIBLINGS_BACK; k--, seen++) {
        const s = out[k]!;
        if (!s.item || s.elliptical) continue;
        nearest ??= s;
        if (!PLACE_NOUNS.has(headOf(s.item))) {
          sibling = s;
          break;
        }
      }
      sibling ??= nearest;
      // "41 drones were destroyed over five regions. … intercepted overnight: 17 over the Bryansk
      // Region, 12 over …": a list of places whose sentence counts nothing else takes the thing
      // the sentence before counted
      if (!sibling && !nearest && (c.placeFollows || c.moreOfPrevious)) sibling = thingCountedIn(out, c.sentence - 1);
      // a bare number with no place after it ("… and injured 14,") must sit right after its sibling
      if (sibling && !c.item && !c.placeFollows && c.start - sibling.end > NEAR_SIBLING) sibling = undefined;
      // "five drones were shot down, injuring 3": the injured are people, whatever the sibling counts
      if (sibling && c.countsPeople && !PEOPLE_NOUNS.has(headOf(sibling.item))) sibling = undefined;
      if (!sibling) {
        if (c.item) out.push({ ...c, elliptical: false });
        else if (c.countsPeople) out.push({ ...c, item: 'people', elliptical: false });
        continue;
      }
      out.push({ ...c, item: sibling.item });
    }
    // a lone "one" outside an event report stays only beside other counts of its sentence
    const perSentence = new Map<number, number>();
    for (const c of out) perSentence.set(c.sentence, (perSentence.get(c.sentence) ?? 0) + 1);
    return out.filter((c) => !c.needsSiblings || perSentence.get(c.sentence)! > 1);
  },
};
