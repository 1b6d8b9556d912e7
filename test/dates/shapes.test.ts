import { Document } from '../../src/document/document.js';
import { runParsers, runRefiners } from '../../src/extractors/framework.js';
import { DATE_PARSERS, DATE_REFINERS } from '../../src/extractors/dates/index.js';

// Candidates and times of day are built with every field in one order (candidateAt, timeOfDay): one
// object shape each, so V8 keeps the code reading them optimised. A parser returning a literal of
// its own would bring back the recompilations.
describe('date candidates share one shape', () => {
  const text =
    'On 8 October 2025 at 10:35 a.m., between 23:00 on Tuesday and 07:00 on Wednesday, last night, this morning, ' +
    'three days ago, 4 in the morning, noon, the 1990s, the past week, in May, in 2024, between 2:00 and 5:00 pm on Monday, ' +
    'Thanksgiving, the third quarter, the first half of 2024, last summer, the next day, now.';
  const ctx = { results: {} };
  const doc = new Document(text, { published: '2025-10-20' });
  const parsed = runParsers(DATE_PARSERS, doc, ctx);
  const refined = runRefiners(DATE_REFINERS, parsed, doc, ctx);

  it('gives every candidate the same fields in the same order', () => {
    const keys = ['start', 'end', 'parser', 'point', 'time', 'until', 'untilPoint', 'untilNextDay', 'literal'];
    expect(parsed.length).toBeGreaterThan(10);
    for (const c of [...parsed, ...refined]) expect(Object.keys(c)).toEqual(keys);
  });

  it('gives every time of day the same fields in the same order', () => {
    const times = [...parsed, ...refined].flatMap((c) => [c.time, c.until]).filter((t) => t !== undefined);
    expect(times.length).toBeGreaterThan(3);
    for (const t of times) expect(Object.keys(t!)).toEqual(['hour', 'minute', 'pod', 'second']);
  });
});
