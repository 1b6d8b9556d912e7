// The tense a month's year follows.
import { Document } from '../../src/document/document.js';
import { datesExtractor } from '../../src/extractors/dates/index.js';
import type { DateItem } from '../../src/record/types.js';

const ctx = () => ({ results: {} });
function dates(text: string, published?: string): DateItem[] {
  return datesExtractor.extract(new Document(text, { published }), ctx());
}
const valuesOf = (text: string, span: string, published?: string) => dates(text, published).filter((d) => d.text === span).map((d) => d.value);

describe('the year of a month follows the tense that contradicts a far month', () => {
  test('a future month nine months ahead is this year\'s', () => {
    expect(valuesOf('She will be named commander of a space mission in December.', 'December', '2024-03-04')).toEqual(['2024-12']);
  });
  test('a past month nine months back is this year\'s', () => {
    expect(valuesOf('In January, the hospital hired a new director.', 'January', '2024-10-27')).toEqual(['2024-01']);
    expect(valuesOf('In the fiscal year ended Jan. 31, the chain reported sales of $60 million.', 'Jan. 31', '2024-10-31')).toEqual(['2024-01-31']);
  });
  test('the verb after "will" is the future\'s, not a past form', () => {
    expect(valuesOf('Ms. Ortiz, 52, will succeed Mr. Lane Feb. 1 as chief executive.', 'Feb. 1', '2024-10-26')).toEqual(['2025-02-01']);
  });
  test('a participle after an article is an adjective, not a past verb', () => {
    expect(valuesOf('The bonus would be paid on a still unspecified date in January.', 'January', '2024-10-26')).toEqual(['2025-01']);
  });
});
