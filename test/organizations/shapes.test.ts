import { Document } from '../../src/document/document.js';
import { acronymDefinitions, bareAcronyms, knownOrganizations, namedOrganizations } from '../../src/extractors/organizations/candidates.js';
import { lowercaseForces, lowercaseMinistries } from '../../src/extractors/organizations/lowercase-bodies.js';
import { loadGazetteer } from '../../src/extractors/regions/gazetteer.js';

// Organisation candidates and the gazetteer's name options are each built with every field in one
// order: one object shape, so V8 keeps the code that reads them (mergeOrganizations, the regions
// parsers) optimised. A literal of another shape would bring back the recompilations.
describe('one shape for candidates and name options', () => {
  it('gives every organisation candidate the same fields in the same order', () => {
    const doc = new Document(
      'The Ministry of Defense and the energy ministry met NATO officials. The Federal Bureau of Investigation (FBI) ' +
        'and the FBI said the Russian Defence Ministry and the United Nations agreed. The WHO spoke too. ' +
        'The Kenya Red Cross, Nova Scotia Power and the Ukrainian air force said so.',
    );
    const tokens = doc.tokens;
    const defs = acronymDefinitions(doc, tokens);
    const cands = [
      ...namedOrganizations(doc, tokens),
      ...lowercaseMinistries(doc),
      ...lowercaseForces(doc),
      ...knownOrganizations(doc, tokens),
      ...defs.orgs,
      ...bareAcronyms(doc, tokens, defs.things),
    ];
    expect(new Set(cands.map((c) => c.source)).size).toBeGreaterThanOrEqual(4);
    for (const c of cands) expect(Object.keys(c)).toEqual(['start', 'end', 'name', 'acronym', 'pair', 'demonym', 'source']);
  });

  it('gives every name option the same fields in the same order', () => {
    const gaz = loadGazetteer();
    const options = ['us', 'georgia', 'paris', 'kharkiv'].flatMap((k) => gaz.byName.get(k) ?? []);
    expect(options.length).toBeGreaterThan(3);
    for (const o of options) expect(Object.keys(o)).toEqual(['place', 'via', 'exact', 'misfit']);
  });
});
