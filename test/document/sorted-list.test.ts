import fc from 'fast-check';
import { SortedList } from '../../src/document/sorted-list.js';
import { OverlapIndex } from '../../src/document/overlap-index.js';

type Item = { at: number; id: number };

describe('SortedList', () => {
  it('walks as an array kept sorted by splicing each item after its equals would', () => {
    const steps = fc.array(fc.tuple(fc.boolean(), fc.nat(40)), { maxLength: 1500 });
    fc.assert(fc.property(fc.array(fc.nat(40), { maxLength: 1200 }), steps, (initial, ops) => {
      const array: Item[] = initial.map((at, id) => ({ at, id })).sort((a, b) => a.at - b.at);
      const list = new SortedList<Item>((x) => x.at, array);
      const reference = [...array];
      let id = initial.length;
      for (const [insert, at] of ops) {
        if (insert) {
          const item = { at, id: id++ };
          list.insert(item);
          let k = 0;
          while (k < reference.length && reference[k]!.at <= at) k++;
          reference.splice(k, 0, item);
          continue;
        }
        const back: Item[] = [];
        list.walkBack(at, (x) => back.push(x) >= 5);
        expect(back).toEqual(reference.filter((x) => x.at < at).reverse().slice(0, 5));
        const forward: Item[] = [];
        list.walkFrom(at, (x) => forward.push(x) >= 5);
        expect(forward).toEqual(reference.filter((x) => x.at >= at).slice(0, 5));
      }
    }), { numRuns: 60 });
  });

  it('keeps its order when blocks split', () => {
    const list = new SortedList<Item>((x) => x.at);
    const reference: Item[] = [];
    for (let id = 0; id < 5000; id++) {
      const item = { at: (id * 7919) % 13, id };
      list.insert(item);
      reference.push(item);
    }
    reference.sort((a, b) => a.at - b.at || a.id - b.id);
    const all: Item[] = [];
    list.walkFrom(-1, (x) => void all.push(x));
    expect(all).toEqual(reference);
    const back: Item[] = [];
    list.walkBack(99, (x) => void back.push(x));
    expect(back).toEqual([...reference].reverse());
  });
});

describe('OverlapIndex', () => {
  it('finds the spans a scan finds', () => {
    const span = fc.tuple(fc.nat(80), fc.nat(15)).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(fc.property(fc.array(span, { maxLength: 40 }), span, (spans, q) => {
      const index = new OverlapIndex(spans);
      const overlapping = spans.filter((a) => a.start < q.end && q.start < a.end);
      expect(index.overlapping(q.start, q.end)).toEqual([...overlapping].sort((a, b) => a.start - b.start));
      expect(index.overlapsAny(q.start, q.end)).toBe(overlapping.length > 0);
      expect(index.startingIn(q.start, q.end)).toEqual(spans.filter((a) => a.start >= q.start && a.start < q.end).sort((a, b) => a.start - b.start));
    }), { numRuns: 500 });
  });
});
