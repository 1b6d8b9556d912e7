import fc from 'fast-check';
import { PositionSet } from '../../src/document/position-set.js';

describe('PositionSet', () => {
  it('answers the nearest members on either side', () => {
    const set = new PositionSet(10);
    expect(set.lastBelow(5)).toBe(-1);
    expect(set.firstFrom(0)).toBe(-1);
    set.add(3);
    set.add(7);
    set.add(0);
    expect(set.lastBelow(0)).toBe(-1);
    expect(set.lastBelow(3)).toBe(0);
    expect(set.lastBelow(4)).toBe(3);
    expect(set.firstFrom(3)).toBe(3);
    expect(set.firstFrom(4)).toBe(7);
    expect(set.firstFrom(8)).toBe(-1);
    expect(set.lastBelow(10)).toBe(7);
  });

  it('agrees with a scan of the members on random inserts and queries', () => {
    const script = fc.integer({ min: 1, max: 70 }).chain((size) =>
      fc.record({ size: fc.constant(size), steps: fc.array(fc.tuple(fc.boolean(), fc.nat(size - 1)), { maxLength: 120 }) }));
    fc.assert(fc.property(script, ({ size, steps }) => {
      const set = new PositionSet(size);
      const members = new Set<number>();
      for (const [insert, i] of steps) {
        if (insert && !members.has(i)) {
          set.add(i);
          members.add(i);
        }
        const sorted = [...members].sort((a, b) => a - b);
        expect(set.lastBelow(i)).toBe(sorted.filter((m) => m < i).pop() ?? -1);
        expect(set.firstFrom(i)).toBe(sorted.find((m) => m >= i) ?? -1);
      }
    }), { numRuns: 300 });
  });
});
