import { Document } from '../../src/document/document.js';
import type { ExtractionContext, PersonEntity } from '../../src/extractors/framework.js';
import { officialsExtractor } from '../../src/extractors/officials/index.js';
import type { Official, Region, RegionKind } from '../../src/record/types.js';

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

export function run(text: string, regions: [string, RegionKind][] = []): { officials: Official[]; people: PersonEntity[]; text: string } {
  const doc = new Document(text);
  const ctx: ExtractionContext = { results: { regions: regionsIn(text, regions), organizations: [] }, people: [] };
  const officials = officialsExtractor.extract(doc, ctx);
  return { officials, people: ctx.people, text };
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
export function mentionTexts(p: PersonEntity, text: string, kind?: PersonEntity['mentions'][number]['kind']): string[] {
  return p.mentions.filter((m) => !kind || m.kind === kind).map((m) => text.slice(m.start, m.end));
}
