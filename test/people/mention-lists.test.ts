import fc from 'fast-check';
import { withoutRepeats } from '../../src/extractors/people/people.js';

type M = { start: number; end: number; kind: 'name' | 'surname' | 'title' | 'pronoun' };

// The definition: repeats of a span removed (the first kept), then a stable sort by start.
function reference(ms: M[]): M[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(`${m.start}:${m.end}`) && !!seen.add(`${m.start}:${m.end}`)).sort((a, b) => a.start - b.start);
}

describe('withoutRepeats', () => {
  it('equals removing repeats and then sorting, on any list of mentions', () => {
    const mention = fc.record({ start: fc.integer({ min: 0, max: 6 }), end: fc.integer({ min: 0, max: 9 }), kind: fc.constantFrom('name', 'surname', 'title', 'pronoun') }) as fc.Arbitrary<M>;
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 20 }), (ms) => {
        const expected = reference(ms);
        const sorted = [...ms].sort((a, b) => a.start - b.start);
        expect(withoutRepeats(sorted)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
