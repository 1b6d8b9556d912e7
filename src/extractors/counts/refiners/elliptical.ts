import type { Refiner } from '../../framework.js';
import type { CountCandidate } from '../candidate.js';
import { PLACE_NOUNS } from '../lexicon.js';

const headOf = (item: string): string => (item.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).pop() ?? '';

/**
 * "five drones shot down in the Bryansk Region, two in the Belgorod Region": the bare "two" counts
 * what the count before it in the sentence counts. A total over places ("across three regions:
 * five …") is passed over for the count before it, since the parts count the things, not the places.
 * Elliptical numbers with no sibling are dropped.
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
      for (let k = out.length - 1; k >= 0 && out[k]!.sentence === c.sentence; k--) if (out[k]!.item) siblings.push(out[k]!);
      const sibling = siblings.find((s) => !PLACE_NOUNS.has(headOf(s.item))) ?? siblings[0];
      if (!sibling) continue;
      out.push({ ...c, item: sibling.item });
    }
    return out;
  },
};
