import fs from 'node:fs';
import path from 'node:path';
import { Document } from '../../src/document/document.js';
import type { Token } from '../../src/document/tokens.js';
import type { ExtractionContext } from '../../src/extractors/framework.js';
import { executionOrder, EXTRACTORS } from '../../src/extractors/registry.js';
import type { ResultKind } from '../../src/extractors/results.js';
import { ITEM_KINDS } from '../../src/record/types.js';

/** A document that notes each read of its tokens. */
class WatchedDocument extends Document {
  reads = 0;

  override get tokens(): Token[] {
    this.reads++;
    return super.tokens;
  }
}

const FIXTURES = path.resolve('fixtures');
const texts = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));

describe('Extractor.readsTokens', () => {
  // the pipeline lets the tokens go after the last extractor that declares it reads them; one that
  // read them without saying so would make them again, and keep them to the end
  it.each(texts.map((t, i) => [i, t]))('is declared by every extractor that reads the tokens (fixture %i)', (_i, text) => {
    const doc = new WatchedDocument(text as string, { published: '2024-10-08' });
    const ctx: ExtractionContext = { results: {} };
    const readers: ResultKind[] = [];
    for (const kind of executionOrder(ITEM_KINDS)) {
      const before = doc.reads;
      (ctx.results as Record<ResultKind, unknown>)[kind] = (EXTRACTORS[kind] as (typeof EXTRACTORS)[ResultKind]).extract(doc, ctx);
      if (doc.reads > before) readers.push(kind);
    }
    const declared = Object.values(EXTRACTORS).filter((e) => e.readsTokens).map((e) => e.kind);
    expect(readers.every((k) => declared.includes(k))).toBe(true);
    expect(readers.length).toBeGreaterThan(0);
  });

  it('leaves the document without its tokens once they are let go, and makes them again on a read', () => {
    const doc = new Document('Gov. Kathy Hochul said so.');
    const first = doc.tokens;
    doc.releaseTokens();
    expect(doc.tokens).not.toBe(first);
    expect(doc.tokens.map((t) => t.text)).toEqual(first.map((t) => t.text));
  });
});
