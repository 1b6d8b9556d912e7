import { organization, person, quotePairs } from './helpers.js';

// "the message says", "it is reported": whose document or saying the text told of before the quote.
// Every sentence is made up for these tests.
describe('the author of a document told of before', () => {
  it('"This was stated by the governor, X, in his Telegram channel. ‘…,’ the message says"', () => {
    const text =
      'Drones were shot down over the Tver region overnight. This was stated by the region’s governor, Pavel Orlov, in his Telegram channel.\n\n' +
      '‘Air defence destroyed three drones,’ the message says. ‘No one was hurt,’ it is reported in the message.';
    const people = [person(text, 'Pavel Orlov', 'm', [['Pavel Orlov', 'name'], ['governor', 'title']], 'governor')];
    expect(quotePairs(text, people)).toEqual([
      ['Air defence destroyed three drones,', 'Pavel Orlov'],
      ['No one was hurt,', 'Pavel Orlov'],
    ]);
  });

  it('"X provided a written statement" and "an email was sent from the director, Y"', () => {
    const text =
      'The paper said Ann Kowal provided a written statement to its reporters. “The audit is over,” the statement said.\n\n' +
      'An email was sent from the club’s director, Tom Reyes, to members. “We are closing,” the email said.';
    const people = [person(text, 'Ann Kowal', 'f', [['Ann Kowal', 'name']]), person(text, 'Tom Reyes', 'm', [['Tom Reyes', 'name']])];
    expect(quotePairs(text, people)).toEqual([
      ['The audit is over,', 'Ann Kowal'],
      ['We are closing,', 'Tom Reyes'],
    ]);
  });

  it('a body that announced something is the author of "the release"', () => {
    const text = 'On Friday the Harbor Board announced the pier would close. “Repairs start in May,” the release said.';
    expect(quotePairs(text, [], [organization(text, 'Harbor Board', ['Harbor Board'])])).toEqual([['Repairs start in May,', 'Harbor Board']]);
  });

  it('no author: a campaign named after a person, a place after "from", a name inside an earlier quote', () => {
    const text =
      'The Lowe campaign sent a fundraising email on Monday. “Give today,” the email read.\n\n' +
      'A letter, postmarked from Denver, reached Sam Lowe’s office. “Withdraw now,” the letter said.\n\n' +
      '“Sam Lowe cannot win,” the two senators write. “Explain the delay,” the letter continues.';
    const people = [person(text, 'Sam Lowe', 'm', [['Sam Lowe', 'name'], ['Lowe', 'surname']])];
    expect(quotePairs(text, people).map(([, speaker]) => speaker)).toEqual(['the email', 'the letter', 'the two senators', 'the letter']);
  });
});
