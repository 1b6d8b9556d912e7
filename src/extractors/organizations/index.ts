import type { Document } from '../../document/document.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { Organization } from '../../record/types.js';
import { acronymDefinitions, bareAcronyms, knownOrganizations, namedOrganizations } from './candidates.js';
import { lowercaseForces, lowercaseMinistries } from './lowercase-bodies.js';
import { mergeOrganizations } from './merge.js';
import { oneWordBodies } from './one-word-bodies.js';

/**
 * Organisations: ministries, forces, agencies, companies, parties, courts, platforms. Candidates
 * come from capitalised names built on a head word, lower-case ministries and forces, a list of well-known
 * names and acronyms; the merge step makes one organisation of every way the article names it.
 */
export const organizationsExtractor: Extractor<'organizations'> = {
  kind: 'organizations',
  needs: [],
  readsTokens: true,
  extract(doc: Document, _ctx: ExtractionContext): Organization[] {
    const tokens = doc.tokens;
    const defs = acronymDefinitions(doc, tokens);
    const cands = [
      ...defs.orgs,
      ...namedOrganizations(doc, tokens),
      ...lowercaseMinistries(doc),
      ...lowercaseForces(doc),
      ...knownOrganizations(doc, tokens),
      ...oneWordBodies(doc, tokens),
      ...bareAcronyms(doc, tokens, defs.things),
    ];
    return mergeOrganizations(cands, doc.text);
  },
};
