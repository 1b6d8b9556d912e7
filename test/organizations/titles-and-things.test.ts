import { Document } from '../../src/document/document.js';
import { organizationsExtractor } from '../../src/extractors/organizations/index.js';
import type { Organization } from '../../src/record/types.js';

function orgs(text: string): Organization[] {
  return organizationsExtractor.extract(new Document(text), { results: {} });
}
const names = (text: string) => orgs(text).map((o) => o.name);

describe('organizations: bodies without a usual head word', () => {
  test('a management body before a title and a name', () => {
    expect(names('Ohio Emergency Management Director Lisa Ford said crews were ready.')).toContain('Ohio Emergency Management');
  });

  test('"Management" after one word alone names no body', () => {
    expect(names('The firm hired a Risk Management consultant.')).not.toContain('Risk Management');
  });

  test('a party named by its members after a qualifier', () => {
    const text = 'Jane Moss, of the Social Democrats, opposed the plan, as did the Christian Democrats.';
    expect(names(text)).toEqual(expect.arrayContaining(['Social Democrats', 'Christian Democrats']));
  });

  test('"Democrats" or "Senate Republicans" alone are not parties by this rule', () => {
    const ns = names('Senate Republicans blocked the bill, and Democrats said they would try again.');
    expect(ns).not.toContain('Senate Republicans');
    expect(ns).not.toContain('Democrats');
  });

  test('"House of X" chambers, after a possessive owner', () => {
    const ns = names("Ohio's House of Representatives voted on Tuesday. Members of the House of Commons sat late.");
    expect(ns).toEqual(expect.arrayContaining(['House of Representatives', 'House of Commons']));
  });
});

describe('organizations: things and titles that look like bodies', () => {
  test('an expansion defined before a lower-case noun names a thing', () => {
    const ns = names("France's Rapid Response Patrol (RRP) mission was flown twice. The RRP jets landed safely.");
    expect(ns).not.toContain('Rapid Response Patrol');
    expect(ns).not.toContain('RRP');
  });

  test('a body defined before a verb is still a body', () => {
    const os = orgs('The Armed Forces of Ukraine (AFU) said the attack failed. The Border Guard Service (BGS) reported calm.');
    expect(os.map((o) => [o.name, o.acronym])).toEqual([
      ['Armed Forces of Ukraine', 'AFU'],
      ['Border Guard Service', 'BGS'],
    ]);
  });

  test('the portfolio in a minister\'s title is no organisation', () => {
    const ns = names('Armed Forces Minister Peter Lane visited the base. The Armed Forces of Canada were on alert.');
    expect(ns).toEqual(['Armed Forces of Canada']);
  });

  test('a rank with the service in it is no organisation ("Acting Police Sergeant"), but a named force before a rank is', () => {
    expect(names('Acting Police Sergeant Rod Lane said it was vital. Detective Police Constable Ann Bell agreed.')).toEqual([]);
    expect(names('Kent Police Sergeant Ed Cole said so.')).toEqual(['Kent Police']);
  });

  test('a ship prefix is no organisation', () => {
    const ns = names('The frigate HMS Kent and USS Carney sailed with the FBI watching.');
    expect(ns).not.toContain('HMS');
    expect(ns).not.toContain('USS');
    expect(ns).toContain('FBI');
  });
});
