import type { Document } from '../../document/document.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { Organization } from '../../record/types.js';

// PLACEHOLDER: being written in this session; replaced before commit.
export const organizationsExtractor: Extractor<'organizations'> = {
  kind: 'organizations',
  needs: [],
  extract(_doc: Document, _ctx: ExtractionContext): Organization[] {
    return [];
  },
};
