import type { Document } from '../../document/document.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { PersonEntity } from '../../record/people.js';
import { findPeople } from './people.js';

/**
 * People: everyone the article names, official or not, with the role it gives them and every place
 * it refers to them. An internal result, not a kind of the record: the officials extractor chooses
 * its officials among them, the quotes extractor resolves speakers through them. Names that are
 * places or organizations are left out, so those run first.
 */
export const peopleExtractor: Extractor<'people'> = {
  kind: 'people',
  needs: ['regions', 'organizations'],
  readsTokens: true,
  extract(doc: Document, ctx: ExtractionContext): PersonEntity[] {
    return findPeople(doc, ctx);
  },
};
