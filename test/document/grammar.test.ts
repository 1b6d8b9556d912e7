import { Document } from '../../src/document/document.js';
import { countedItemAfter, readsAsPersonName } from '../../src/document/grammar.js';
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

  it('does not parse for a first word the text also writes in lower case', () => {
    const t = 'Critics said little. Their critics were loud.';
    expect(readsAsPersonName(new Document(t), ...spanOf(t, 'Critics'))).toBe(false);
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

describe('countedItemAfter', () => {
  const itemAfter = (text: string, number: string): string | null => {
    const doc = new Document(text);
    const [start, end] = spanOf(text, number);
    const span = countedItemAfter(doc, start, end);
    return span && text.slice(span.start, span.end);
  };

  it('reaches a plural head past a model number or quotation marks', () => {
    expect(itemAfter('Germany will send 44 Leopard 2 tanks to Ukraine.', '44')).toBe('Leopard 2 tanks');
    expect(itemAfter('The Russians launched 747 "Shaheds" at the cities.', '747')).toBe('Shaheds');
  });

  it('takes a phrase led by an adverb or a coordination', () => {
    expect(itemAfter('The poll surveyed 996 likely voters last week.', '996')).toBe('likely voters');
    expect(itemAfter('The war caused 30,000 combat and civilian deaths.', '30,000')).toBe('combat and civilian deaths');
  });

  it('finds nothing without a plural head or when the phrase belongs to another number', () => {
    expect(itemAfter('They shot down two in the Belgorod Region.', 'two')).toBeNull();
    expect(itemAfter('It sold 1.8 million and 2.35 million preferred shares.', '1.8')).toBeNull();
    expect(itemAfter('The 30,000 Clinton’s lawyers returned were work emails.', '30,000')).toBeNull();
    expect(itemAfter('The ‘big four’ negotiators met again.', 'four')).toBeNull();
  });
});

describe('sentences too long to parse', () => {
  it('are left to the cheap rules when a name is asked for', () => {
    const text = 'Officials ' + 'and many others '.repeat(100) + 'met. Jo-Renee Formicola said so.';
    const doc = new Document(text);
    expect(readsAsPersonName(doc, ...spanOf(text, 'Officials'))).toBe(false);
  });

  it('are left to the cheap rules when a count is asked for', () => {
    const text = 'They counted ' + 'many '.repeat(300) + 'and 44 Leopard 2 tanks.';
    const doc = new Document(text);
    const [start, end] = spanOf(text, '44');
    expect(countedItemAfter(doc, start, end)).toBeNull();
  });
});

describe('a count whose item only the grammar of its sentence reaches', () => {
  it('counts "44 Leopard 2 tanks" as tanks', () => {
    const record = extractRecord({ id: 't', text: 'Germany will send 44 Leopard 2 tanks to Ukraine.' } as Parameters<typeof extractRecord>[0]);
    expect((record.counts ?? []).map((c) => [c.value, c.item])).toEqual([[44, 'Leopard 2 tanks']]);
  });
});
