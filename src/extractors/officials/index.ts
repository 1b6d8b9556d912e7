import type { Document } from '../../document/document.js';
import type { Extractor, ExtractionContext } from '../framework.js';
import type { Official } from '../../record/types.js';
import { withPosts, type PersonWithPost } from './affiliation.js';
import { locatingRegions } from '../setting.js';

/**
 * Officials: of the people the article names, those who hold an office, each once with the office,
 * where it belongs, and every mention.
 */
export const officialsExtractor: Extractor<'officials'> = {
  kind: 'officials',
  needs: ['people', 'regions', 'organizations'],
  extract(doc: Document, ctx: ExtractionContext): Official[] {
    // "County Mayor X … 90 miles west of Nashville": a place measured from is no place served
    const located: ExtractionContext = { ...ctx, results: { ...ctx.results, regions: locatingRegions(doc.text, ctx.results.regions ?? []) } };
    return withPosts(ctx.results.people ?? [], doc, located)
      .filter((p) => p.person.role?.isOffice)
      .map((p) => toOfficial(p, doc));
  },
};

function toOfficial({ person, title, affiliation }: PersonWithPost, doc: Document): Official {
  const aliases: string[] = [];
  for (const m of person.mentions) {
    if (m.kind === 'pronoun') continue;
    const s = doc.text.slice(m.start, m.end);
    if (s !== person.name && !aliases.includes(s)) aliases.push(s);
  }
  return {
    name: person.name,
    title,
    affiliation,
    aliases,
    mentions: person.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
  };
}
