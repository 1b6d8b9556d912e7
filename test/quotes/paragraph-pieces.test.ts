import { Document } from '../../src/document/document.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import type { PersonEntity } from '../../src/record/people.js';
import { quotesExtractor } from '../../src/extractors/quotes/index.js';
import type { Quote } from '../../src/record/types.js';

function extract(text: string, people: PersonEntity[] = []): Quote[] {
  const ctx: ExtractionContext = { results: { organizations: [], people } };
  return quotesExtractor.extract(new Document(text), ctx);
}

describe('quotes: one quote a paragraph of a statement over several', () => {
  it('splits a statement introduced in its first paragraph, each piece with its speaker', () => {
    const text =
      'Sergeant Ada Quinn said: “We were called to the harbour just after midnight.\n\n' +
      '“Two boats had broken loose and were drifting towards the pier.\n\n' +
      '“Anyone who saw them leave the moorings should call us.”';
    const qs = extract(text);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['We were called to the harbour just after midnight.', 'Ada Quinn'],
      ['Two boats had broken loose and were drifting towards the pier.', 'Ada Quinn'],
      ['Anyone who saw them leave the moorings should call us.', 'Ada Quinn'],
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps whole a quote that only runs across a line break', () => {
    const text = 'The mayor wrote: “Dear neighbours, the water is off until noon.\nCrews are at work on the main.”';
    expect(extract(text).map((q) => q.text)).toEqual(['Dear neighbours, the water is off until noon.\nCrews are at work on the main.']);
  });

  it('keeps whole a block set off under a line of its own', () => {
    const text = 'The council wrote:\n\n“The budget will be balanced by spring.\n\n“No library will close this year.”';
    expect(extract(text)).toHaveLength(1);
  });
});
