// "the week of March 6", "the day before last Tuesday's hearing": a unit around a day named after
// it, joined with the day into one date.
import type { Refiner } from '../framework.js';
import { candidateAt, type Candidate, type DatePoint } from './candidate.js';
import { isDayOnly } from './refiners.js';

const AROUND_DAY = /(?:^|[^\p{L}])(?<phrase>the\s+(?:week\s+of|day\s+(?<side>before|after))\s+)$/iu;
/** Characters before a day read for "the day before ". */
const AROUND_DAY_WINDOW = 20;

export const joinAroundDay: Refiner<Candidate> = {
  name: 'joinAroundDay',
  refine(items, doc) {
    const out: Candidate[] = [];
    for (const c of items) {
      const m = isDayOnly(c) ? AROUND_DAY.exec(doc.text.slice(Math.max(0, c.start - AROUND_DAY_WINDOW), c.start)) : null;
      if (!m || !c.point) {
        out.push(c);
        continue;
      }
      const side = m.groups!.side?.toLowerCase();
      const point: DatePoint = side ? { kind: 'shifted', base: c.point, days: side === 'before' ? -1 : 1 } : { kind: 'weekOf', base: c.point };
      out.push(candidateAt(c.start - m.groups!.phrase!.length, c.end, `aroundDay+${c.parser}`, { point }));
    }
    return out;
  },
};
