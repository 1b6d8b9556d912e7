import { organizationNamedBefore } from '../../src/extractors/results.js';
import type { Organization } from '../../src/record/types.js';

const org = (name: string, ...starts: number[]): Organization => ({ name, mentions: starts.map((start) => ({ start, end: start + 5, text: '' })) });

describe('organizationNamedBefore: a body named by its kind alone', () => {
  const orgs = [org('Ministry of Emergency Situations', 10, 400), org('Ukrainian Air Force', 200), org('Ministry of Defence', 300)];

  test('the last body named before the position whose name holds the noun', () => {
    expect(organizationNamedBefore(orgs, 'ministry', 350)).toBe('Ministry of Defence');
    expect(organizationNamedBefore(orgs, 'ministry', 250)).toBe('Ministry of Emergency Situations');
    expect(organizationNamedBefore(orgs, 'ministry', 500)).toBe('Ministry of Emergency Situations');
  });

  test('a noun of several words matches whole words only', () => {
    expect(organizationNamedBefore(orgs, 'air force', 250)).toBe('Ukrainian Air Force');
    expect(organizationNamedBefore(orgs, 'force', 250)).toBe('Ukrainian Air Force');
    expect(organizationNamedBefore(orgs, 'forc', 250)).toBeNull();
  });

  test('nothing named before the position: none', () => {
    expect(organizationNamedBefore(orgs, 'ministry', 5)).toBeNull();
    expect(organizationNamedBefore([], 'agency', 100)).toBeNull();
  });
});
