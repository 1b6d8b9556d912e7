import { Document } from '../../src/document/document.js';
import { datesExtractor } from '../../src/extractors/dates/index.js';

const dates = (text: string, published?: string) => datesExtractor.extract(new Document(text, { published }), { results: {} });

describe('dates: an interval over two days whose first end carries a time zone', () => {
  test('"between 21:00 Kyiv time on Friday and 05:00 on Saturday" is one interval', () => {
    const got = dates('Drones were launched between 21:00 Kyiv time on Friday and 05:00 on Saturday, the air force said.', '2025-11-08');
    expect(got.map((d) => [d.text, d.value])).toEqual([['between 21:00 Kyiv time on Friday and 05:00 on Saturday', '2025-11-07T21:00/2025-11-08T05:00']]);
  });
  test('a bare "and 14:00" far from its "between" is still no time', () => {
    const got = dates('Talks between the two delegations in the capital dragged on and 14:00 came and went.', '2025-11-08');
    expect(got.map((d) => d.text)).not.toContain('14:00');
  });
});
