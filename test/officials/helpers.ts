import { Document } from '../../src/document/document.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import { officialsExtractor } from '../../src/extractors/officials/index.js';
import { withPosts, type PersonWithPost } from '../../src/extractors/officials/affiliation.js';
import { peopleExtractor } from '../../src/extractors/people/index.js';
import type { PersonEntity, PersonMentionKind } from '../../src/record/people.js';
import type { Official, Organization, Region, RegionKind } from '../../src/record/types.js';

/** Regions as the regions extractor would give them: every occurrence of each name, by hand. */
export function regionsIn(text: string, names: [string, RegionKind][]): Region[] {
  return names.map(([name, kind]) => {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      mentions.push({ start: i, end: i + name.length, text: name });
    }
    return { name, kind, mentions };
  });
}

export function run(text: string, regions: [string, RegionKind][] = []): { officials: Official[]; people: PersonEntity[]; posts: PersonWithPost[]; text: string } {
  return { ...officialsOf(new Document(text), regionsIn(text, regions)), text };
}

/**
 * The people stage and then the officials stage, over the regions and organizations given, with the
 * post the officials stage reads for every person, official or not.
 */
export function officialsOf(doc: Document, regions: Region[], organizations: Organization[] = []): { officials: Official[]; people: PersonEntity[]; posts: PersonWithPost[] } {
  const ctx: ExtractionContext = { results: { regions, organizations } };
  const people = peopleExtractor.extract(doc, ctx);
  ctx.results.people = people;
  return { officials: officialsExtractor.extract(doc, ctx), people, posts: withPosts(people, doc, ctx) };
}

/** The title, affiliation and office the officials stage reads for one person. */
export function postOf(posts: PersonWithPost[], name: string): { title: string | null; affiliation: string | null; isOffice: boolean } {
  const p = posts.find((x) => x.person.name === name);
  if (!p) throw new Error(`no person ${name} among ${posts.map((x) => x.person.name).join(', ')}`);
  return { title: p.title, affiliation: p.affiliation, isOffice: p.person.role?.isOffice ?? false };
}

export function person(people: PersonEntity[], name: string): PersonEntity {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} among ${people.map((x) => x.name).join(', ')}`);
  return p;
}

export function official(officials: Official[], name: string): Official {
  const o = officials.find((x) => x.name === name);
  if (!o) throw new Error(`no official ${name} among ${officials.map((x) => x.name).join(', ')}`);
  return o;
}

/** The mention texts of a person, by kind, in text order. */
export function mentionTexts(p: PersonEntity, text: string, kind?: PersonMentionKind): string[] {
  return p.mentions.filter((m) => !kind || m.kind === kind).map((m) => text.slice(m.start, m.end));
}
