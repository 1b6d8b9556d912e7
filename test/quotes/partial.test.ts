import type { PersonEntity } from '../../src/record/people.js';
import { organization, person as personWith, quotePairs } from './helpers.js';

/** A person with a mention at each form: a full name when it has a space, else a surname. */
const person = (text: string, name: string, gender: 'm' | 'f' | null, forms: string[]): PersonEntity =>
  personWith(text, name, gender, forms.map((f) => [f, f.includes(' ') ? 'name' : 'surname']));

const extract = quotePairs;

describe('quotes: partial quotes inside a reporting sentence', () => {
  it('takes the subject of a verb that frames the quote ("described … as “…”")', () => {
    const text = 'The flood hit the valley overnight.\n\nMayor Rosa Lind described the damage as “the worst our town has seen in fifty years.”';
    expect(extract(text, [person(text, 'Rosa Lind', 'f', ['Rosa Lind'])])).toEqual([
      ['the worst our town has seen in fifty years.', 'Rosa Lind'],
    ]);
  });

  it('reads the sentence subject through a coordinated verb ("decried … and vowed that …")', () => {
    const text = 'Premier Tom Ashby decried the blast as a “cowardly and senseless act” and vowed the bombers would “face the full force of the law.”';
    expect(extract(text, [person(text, 'Tom Ashby', 'm', ['Tom Ashby'])])).toEqual([
      ['cowardly and senseless act', 'Tom Ashby'],
      ['face the full force of the law.', 'Tom Ashby'],
    ]);
  });

  it('prefers the main subject to the pronoun of its clause ("the council said that it condemned “…”")', () => {
    const text = 'The city council said on Monday that it condemned “every act of vandalism against the old library,” the local radio reported.';
    const orgs = [organization(text, 'city council', ['city council'])];
    expect(extract(text, [], orgs)).toEqual([['every act of vandalism against the old library,', 'city council']]);
  });

  it('takes a speech tag that closes the sentence ("“…” in the blast, the chief added")', () => {
    const text = 'Fire crews worked through the night.\n\n“Nobody was seriously hurt” in the blast, Chief Ann Moss added.';
    expect(extract(text, [person(text, 'Ann Moss', 'f', ['Ann Moss'])])).toEqual([['Nobody was seriously hurt', 'Ann Moss']]);
  });

  it('leaves a short phrase, a title and a fragment no one reports', () => {
    const text =
      'The senator called it a “brazen breach” of trust. She starred in “The Long Road Home Again” last year. ' +
      'Crowds gathered near the “old stone bridge over the river” at dusk.';
    expect(extract(text)).toEqual([]);
  });

  it('reads a framing word after a determiner as a noun ("launched into a lament for “…”")', () => {
    const text = 'The candidate launched into a lament for the “many good people who lost their jobs this year.”';
    expect(extract(text)).toEqual([]);
  });

  it('starts no statement for the next paragraph with a partial quote', () => {
    const text =
      'The crowd booed as Dale Ortiz vowed to “sell the old park to his friends.”\n\n' +
      '“We are done with this debate tonight and for good.”';
    const got = extract(text, [person(text, 'Dale Ortiz', 'f', ['Dale Ortiz'])]);
    expect(got[0]).toEqual(['sell the old park to his friends.', 'Dale Ortiz']);
    expect(got[1]![1]).toBeNull();
  });

  it('takes "according to a statement from the army" as the army, the one army body named nearby', () => {
    const text =
      'Jets struck depots “far beyond the border and along the northern coast,” according to a statement from the army on Monday. ' +
      'The Northland Defence Forces said four depots were hit.';
    const orgs = [organization(text, 'Northland Defence Forces', ['Northland Defence Forces'])];
    expect(extract(text, [], orgs)).toEqual([['far beyond the border and along the northern coast,', 'Northland Defence Forces']]);
  });

  it('leaves the dateline out of the sentence that reports a partial quote', () => {
    const text = 'OTTAWA (Reuters) - Premier Lisa Bond on Monday called the budget "a fair deal for every family in the province."';
    expect(extract(text, [person(text, 'Lisa Bond', 'f', ['Lisa Bond'])])).toEqual([['a fair deal for every family in the province.', 'Lisa Bond']]);
  });

  it('never takes a document with its time for the subject ("a statement Monday night calling it …")', () => {
    const text = 'Mayor Ruth Ames issued a statement Monday night calling the flooding “the worst this town has seen.”';
    expect(extract(text, [person(text, 'Ruth Ames', 'f', ['Ruth Ames'])])).toEqual([['the worst this town has seen.', 'Ruth Ames']]);
  });
});
