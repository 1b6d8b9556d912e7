import fc from 'fast-check';
import { LABEL_BEFORE } from '../../src/extractors/quotes/labels.js';
import { organization, person, quotePairs } from './helpers.js';

describe('quotes: labelled paragraphs of press style ("Source: …", "Quote: …")', () => {
  it('gives a "Quote:" the person its source line names, never the label', () => {
    const text =
      'Drones struck a depot overnight\n\nA fuel depot burned for hours after the strike.\n\n' +
      'Source: Ivan Petrenko, head of the district council, on Facebook\n\n' +
      'Quote: "The fire is out and no one was hurt. Crews will stay on site until morning."';
    const people = [person(text, 'Ivan Petrenko', 'm', [['Ivan Petrenko', 'name']])];
    expect(quotePairs(text, people)).toEqual([['The fire is out and no one was hurt. Crews will stay on site until morning.', 'Ivan Petrenko']]);
  });

  it('gives a "Quote from X:" the person after "from"', () => {
    const text =
      'Two towns lost power\n\nSource: Governor Nina Koval on Telegram; Mayor Oleh Bondar on Facebook\n\n' +
      'Quote from Bondar: "Power will be back in the north of the city by evening."';
    const people = [
      person(text, 'Nina Koval', 'f', [['Nina Koval', 'name']], 'Governor'),
      person(text, 'Oleh Bondar', 'm', [['Oleh Bondar', 'name'], ['Bondar:', 'surname']], 'Mayor'),
    ];
    expect(quotePairs(text, people)).toEqual([['Power will be back in the north of the city by evening.', 'Oleh Bondar']]);
  });

  it('reads the labels when a page ran them into one paragraph', () => {
    const text =
      'Two villages were shelled\n\nTwo houses burned overnight. Source: Lviv Oblast Military Administration Quote: "The fire crews worked until dawn and no one was hurt."';
    const orgs = [organization(text, 'Lviv Oblast Military Administration', ['Lviv Oblast Military Administration'])];
    expect(quotePairs(text, [], orgs)).toEqual([['The fire crews worked until dawn and no one was hurt.', 'Lviv Oblast Military Administration']]);
  });
});

describe('LABEL_BEFORE', () => {
  it('only matches text that ends in a colon and spaces, as the check before it assumes', () => {
    const pieces = ['Quote', 'Source', ' from ', 'Jane Roe', ':', ' ', '\n', '\u00a0', '\u2003', 'x', '.', '“'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), (s) => {
      if (LABEL_BEFORE.test(s)) expect(s.trimEnd().endsWith(':')).toBe(true);
    }), { numRuns: 3000 });
  });
});
