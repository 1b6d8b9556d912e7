import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';
import { PEOPLE_NOUNS, PLACE_NOUNS } from '../lexicon.js';

const NEAR_SIBLING = 40;

/** The last word of an item, lower-cased: "Ukrainian drone aircraft" → "aircraft". */
export const headOf = (item: string): string => (item.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).pop() ?? '';

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
      const siblings: CountCandidate[] = [];
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence === c.sentence; k--) if (out[k]!.item && !out[k]!.elliptical) siblings.push(out[k]!);
      let sibling: CountCandidate | undefined = siblings.find((s) => !PLACE_NOUNS.has(headOf(s.item))) ?? siblings[0];
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
    return out.filter((c) => !c.needsSiblings || out.some((o) => o !== c && o.sentence === c.sentence));
  },
};
