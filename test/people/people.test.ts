import { Document } from '../../src/document/document.js';
import { executionOrder } from '../../src/extractors/registry.js';
import { peopleExtractor } from '../../src/extractors/people/index.js';
import { extractRecord } from '../../src/pipeline.js';
import { ITEM_KINDS } from '../../src/record/types.js';

const article = (text: string) => ({ id: 'a', source: { kind: 'stdin' as const }, text });

const TEXT =
  'Governor Ilya Sokol visited the Tver Region on Monday. Olga Ivanova, a local resident, said she heard blasts. ' +
  '“The windows shook,” she said. “We are safe,” the governor said.';

describe('people: a result of its own', () => {
  test('quotes need people, not officials: people runs first, after what it needs', () => {
    const order = executionOrder(['quotes']);
    expect(order).toContain('people');
    expect(order).not.toContain('officials');
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('people'));
    expect(order.indexOf('organizations')).toBeLessThan(order.indexOf('people'));
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('quotes'));
  });

  test('officials read people as a declared result', () => {
    const order = executionOrder(['officials']);
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('officials'));
  });

  test('people finds everyone named, official or not, with roles and mentions', () => {
    const people = peopleExtractor.extract(new Document(TEXT), { results: { regions: [], organizations: [] } });
    expect(people.map((p) => [p.name, p.role?.title, p.role?.isOffice])).toEqual([
      ['Ilya Sokol', 'Governor', true],
      ['Olga Ivanova', 'resident', false],
    ]);
    const olga = people[1]!;
    expect(olga.gender).toBe('f');
    expect(olga.mentions.filter((m) => m.kind === 'pronoun').map((m) => TEXT.slice(m.start, m.end))).toEqual(['she', 'she']);
  });

  test('the record holds no people key, whatever kinds are asked for', () => {
    const all = extractRecord(article(TEXT));
    expect(Object.keys(all)).not.toContain('people');
    expect(Object.keys(all).filter((k) => (ITEM_KINDS as readonly string[]).includes(k))).toEqual([...ITEM_KINDS]);
    const quotes = extractRecord(article(TEXT), { types: ['quotes'], includeText: false });
    expect(Object.keys(quotes)).toEqual(['id', 'source', 'language', 'quotes']);
    // the speakers still come from the people result, though officials did not run
    expect(quotes.quotes!.map((q) => q.speaker)).toEqual(['Olga Ivanova', 'Ilya Sokol']);
  });
});

describe('people: a title alone', () => {
  test('"the governor" is the governor mentioned last before it, title mentions included', () => {
    const text =
      'Governor Ilya Sokol visited Tver. Governor Anna Roe visited Kursk. The governor said it was calm. ' +
      'Sokol went home. The governor left. Then the governor spoke again.';
    const people = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } });
    const titled = (name: string) => people.find((p) => p.name === name)!.mentions.filter((m) => m.kind === 'title').map((m) => m.start);
    const at = (from: string) => text.indexOf('governor', text.indexOf(from));
    expect(titled('Anna Roe')).toEqual([at('The governor said')]);
    expect(titled('Ilya Sokol')).toEqual([at('The governor left'), at('the governor spoke')]);
  });
});

describe('people: a bare surname two people share', () => {
  test('is the one named in full just before, else the one introduced first', () => {
    const filler = ' The weather was cold and the roads were empty for most of the day.'.repeat(8);
    const text = `John Smith arrived on Monday. Mary Smith arrived later. Smith said it was calm.${filler} Smith left.`;
    const people = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } });
    const surnames = (name: string) => people.find((p) => p.name === name)!.mentions.filter((m) => m.kind === 'surname').map((m) => m.start);
    expect(surnames('Mary Smith')).toEqual([text.indexOf('Smith said')]);
    expect(surnames('John Smith')).toEqual([text.indexOf('Smith left')]);
  });
});

describe('people: a name used by its first word', () => {
  test('"Pak Un-sook … Pak recalled … Pak demurred": both lone "Pak"s are the one person, so "he said" after it is theirs', () => {
    const text =
      'Pak Un-sook, the secretary general of the league, spoke on Monday. "It was hard," Pak recalled. Asked whether Tom Reed, a senator, would object, Pak demurred. "We will see," he said.';
    const people = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } });
    const pak = people.find((p) => p.name === 'Pak Un-sook')!;
    const lone = pak.mentions.filter((m) => text.slice(m.start, m.end) === 'Pak').length;
    expect(lone).toBe(2);
  });
});

describe('people: whoever heads a region answers to either title', () => {
  const mentionsOf = (text: string, name: string) => {
    const people = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } });
    const p = people.find((x) => x.name === name)!;
    return p.mentions.filter((m) => m.kind === 'title').map((m) => text.slice(m.start, m.end));
  };

  test('"the head of the region" is the governor; "the governor" is the one titled head of the region', () => {
    expect(mentionsOf('Tula Region Governor Ilya Sokol said two houses burned. No one was hurt, the head of the region specified.', 'Ilya Sokol')).toEqual(['head']);
    expect(mentionsOf('This was announced by the head of the Russian region Ilya Sokol. "Crews are at work," the governor assured.', 'Ilya Sokol')).toContain('governor');
  });

  test('"the head of the police" is no governor', () => {
    expect(mentionsOf('Governor Ilya Sokol said two houses burned. The head of the police said more.', 'Ilya Sokol')).toEqual([]);
  });
});

describe('people: a headline verb after a surname', () => {
  test('"Governor Surname Verbs …" in a title-case headline names the person of the body, not "Surname Verbs"', () => {
    const text =
      'Governor Tallis Requests Federal Aid For Flooded Valley Towns\n\n' +
      'Governor Marianne K. Tallis on Friday asked the federal government for help after the floods. "The damage is severe," Tallis said.';
    const names = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } }).map((p) => p.name);
    expect(names).toEqual(['Marianne K. Tallis']);
  });

  test('a headline name whose second word the body also writes stays whole', () => {
    const text =
      'Governor Nora Tallis Visits Flooded Valley Towns\n\n' +
      'Governor Nora Tallis on Friday toured the towns. Her brother, Paul Tallis, came with her.';
    const names = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } }).map((p) => p.name);
    expect(names).toContain('Nora Tallis');
  });
});

describe('people: an office written in capitals', () => {
  test('"Interior CS Name", "MP Name": the capitals are a title before an unfamiliar given name', () => {
    const text = 'Energy CS Wekesa Odhiambo-Lumumba said the lines were down. Later, MP Tobenna Okwuosa visited the site.';
    const names = peopleExtractor.extract(new Document(text), { results: { regions: [], organizations: [] } }).map((p) => p.name);
    expect(names).toEqual(['Wekesa Odhiambo-Lumumba', 'Tobenna Okwuosa']);
  });
});
