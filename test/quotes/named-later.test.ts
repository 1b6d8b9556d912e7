import { extractRecord } from '../../src/pipeline.js';

function speakers(text: string): [string, string | null][] {
  const record = extractRecord({ id: 't', text, published: '2025-10-26' } as Parameters<typeof extractRecord>[0]);
  return (record.quotes ?? []).map((q) => [q.text, q.speaker]);
}

describe('quotes: an indefinite description named later by an apposition', () => {
  it('"a senior police official said … The official, Name, added" gives the quote to Name', () => {
    const text =
      'Two bridges were closed after the floods. "The water is still rising," a senior police official said on Sunday.\n' +
      'The official, Anna Kowalczyk, the deputy head of the regional police, added that 40 people had been evacuated.';
    expect(speakers(text)).toEqual([['The water is still rising,', 'Anna Kowalczyk']]);
  });
  it('another head word later does not name the speaker', () => {
    const text =
      'Two bridges were closed after the floods. "The water is still rising," a senior police official said on Sunday.\n' +
      'The mayor, Anna Kowalczyk, added that 40 people had been evacuated.';
    expect(speakers(text)[0]![1]).not.toBe('Anna Kowalczyk');
  });
});
