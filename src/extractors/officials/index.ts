import type { Document } from '../../document/document.js';
import type { Extractor, ExtractionContext, PersonEntity } from '../framework.js';
import type { Official } from '../../record/types.js';
import { findPeople } from './people/people.js';

/**
 * Officials: the people the article names who hold an office, each once with the office, where it
 * belongs, and every mention. As a side effect fills `ctx.people` with everyone the article names,
 * official or not, for quote attribution.
 */
export const officialsExtractor: Extractor<'officials'> = {
  kind: 'officials',
  needs: ['regions', 'organizations'],
  extract(doc: Document, ctx: ExtractionContext): Official[] {
    const { people } = findPeople(doc, ctx);
    ctx.people.splice(0, ctx.people.length, ...people);
    return people.filter((p) => p.isOfficial).map((p) => toOfficial(p, doc));
  },
};

function toOfficial(p: PersonEntity, doc: Document): Official {
  const aliases: string[] = [];
  for (const m of p.mentions) {
    if (m.kind === 'pronoun') continue;
    const s = doc.text.slice(m.start, m.end);
    if (s !== p.name && !aliases.includes(s)) aliases.push(s);
  }
  return {
    name: p.name,
    title: p.title,
    affiliation: p.affiliation,
    aliases,
    mentions: p.mentions.map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) })),
  };
}
