import { Document } from '../../src/document/document.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import { countsExtractor } from '../../src/extractors/counts/index.js';
import type { CountItem, DateItem, Region, RegionKind } from '../../src/record/types.js';

/** A region the test names, with every place `surface` occurs in the text as its mentions. */
export type RegionSpec = [name: string, kind: RegionKind, ...surfaces: string[]];

export function regionsIn(text: string, specs: RegionSpec[]): Region[] {
  return specs.map(([name, kind, ...surfaces]) => {
    const mentions = [];
    for (const surface of surfaces.length ? surfaces : [name]) {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) mentions.push({ start: i, end: i + surface.length, text: surface });
    }
    return { name, kind, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
}

export function counts(text: string, regions: RegionSpec[] = [], dates: DateItem[] = []): CountItem[] {
  const doc = new Document(text);
  const ctx: ExtractionContext = { results: { regions: regionsIn(text, regions), dates } };
  const out = countsExtractor.extract(doc, ctx);
  for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.text);
  return out;
}

/** The counts as short tuples, for readable expectations. */
export const brief = (items: CountItem[]) => items.map((c) => [c.text, c.value, c.item, c.region ?? null, c.qualifier ?? null]);
