import { Document } from '../../src/document/document.js';
import { readsAsPersonName } from '../../src/document/grammar.js';
import { extractRecord } from '../../src/pipeline.js';

const spanOf = (text: string, words: string): [number, number] => {
  const start = text.indexOf(words);
  return [start, start + words.length];
};

describe('readsAsPersonName', () => {
  const text =
    'Jo-Renee Formicola, political science professor at Seton Hall University, described the approach. ' +
    'Regarding the rhetoric after Khizr Khan’s speech, Woods said nothing.';
  const doc = new Document(text);

  it('reads a name no list holds as a person, in its sentence', () => {
    expect(readsAsPersonName(doc, ...spanOf(text, 'Jo-Renee Formicola'))).toBe(true);
  });

  it('needs the whole name: a part of it or a place is not a person', () => {
    expect(readsAsPersonName(doc, ...spanOf(text, 'Jo-Renee'))).toBe(false);
    expect(readsAsPersonName(doc, ...spanOf(text, 'Seton Hall University'))).toBe(false);
  });

  it('finds a name inside brackets or quotation marks at its own offsets', () => {
    const quoted = 'He met (Jane Smith) and “Christie Brown” there.';
    const d = new Document(quoted);
    expect(readsAsPersonName(d, ...spanOf(quoted, 'Jane Smith'))).toBe(true);
    expect(readsAsPersonName(d, ...spanOf(quoted, 'Christie Brown'))).toBe(true);
  });

  it('does not take a possessive name, which determines another noun', () => {
    expect(readsAsPersonName(doc, ...spanOf(text, 'Khizr Khan'))).toBe(false);
  });
});

describe('a pronoun speaker through the grammar of the sentence before', () => {
  it('resolves "she said" to a subject only compromise knows as a person', () => {
    const text =
      'Aaron Kall, the director of debate at the University of Michigan, compared Trump to a coach.\n\n' +
      'Jo-Renee Formicola, political science professor at Seton Hall University in New Jersey, described Trump’s approach in terms of lowering expectations.\n\n' +
      '"If he is asked questions he is unable to answer, he would try to deflect them," she said.';
    const record = extractRecord({ id: 't', text } as Parameters<typeof extractRecord>[0]);
    expect((record.quotes ?? []).map((q) => q.speaker)).toEqual(['Jo-Renee Formicola']);
  });
});
