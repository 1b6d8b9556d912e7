import { person, quotePairs } from './helpers.js';

describe('quotes: an untagged quote goes on with the statement the paragraphs before are about', () => {
  it('takes the one person the paragraph since the last quote refers to', () => {
    const text =
      '“The levee held through the night,” Chief Dana Holt said.\n\n' +
      'She said two families were moved to the school gym.\n\n' +
      '“We were lucky this time, and we know it.”';
    const people = [person(text, 'Dana Holt', 'f', [['Dana Holt', 'name'], ['She', 'pronoun']], 'Chief')];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Dana Holt', 'Dana Holt']);
  });

  it('keeps the last speaker across a paragraph that names no one', () => {
    const text =
      '“Roads in the valley are closed,” Inspector Paul Grant said.\n\n' +
      'The closure covers the two bridges and the old mill road.\n\n' +
      '“Please stay at home tonight unless you must travel.”';
    const people = [person(text, 'Paul Grant', 'm', [['Paul Grant', 'name']], 'Inspector')];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Paul Grant', 'Paul Grant']);
  });

  it('gives no one the quote when the paragraphs between name two people', () => {
    const text =
      '“Roads in the valley are closed,” Inspector Paul Grant said.\n\n' +
      'Residents crowded the hall to hear Mayor Rita Lowe and Councillor Sam Fry.\n\n' +
      '“Please stay at home tonight unless you must travel.”';
    const people = [
      person(text, 'Paul Grant', 'm', [['Paul Grant', 'name']], 'Inspector'),
      person(text, 'Rita Lowe', 'f', [['Rita Lowe', 'name']], 'Mayor'),
      person(text, 'Sam Fry', 'm', [['Sam Fry', 'name']], 'Councillor'),
    ];
    expect(quotePairs(text, people).map(([, s]) => s)).toEqual(['Paul Grant', null]);
  });
});

describe('quotes: a person a paragraph ends by introducing', () => {
  it('is the "he" of the quote that opens the next paragraph', () => {
    const text =
      'Few artists have written songs for the mayor, which worries Omar Felder, chairman of the city arts council.\n\n' +
      '“Nobody is singing about her, and people notice that,” he said.';
    expect(quotePairs(text)).toEqual([['Nobody is singing about her, and people notice that,', 'Omar Felder']]);
  });
});
