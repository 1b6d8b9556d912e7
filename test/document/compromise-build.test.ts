import fs from 'node:fs';
import { createRequire } from 'node:module';
import { loadWithKeptModel, type Nlp } from '../../src/document/nlp.js';

const require = createRequire(import.meta.url);

// The sentences of the bundled example articles and of the composed dev articles, and two more.
function sentences(): string[] {
  const texts = ['fixtures/smolensk-drone-alert.txt', 'fixtures/smolensk-nine-uavs.txt'].map((f) => fs.readFileSync(f, 'utf8'));
  for (const line of fs.readFileSync('test/fixtures/eval/dev.gold.jsonl', 'utf8').split('\n').filter(Boolean)) {
    texts.push((JSON.parse(line) as { text: string }).text);
  }
  texts.push('Regional governor Jo-Renee Formicola said five drones were shot down overnight.', 'The ministry’s spokeswoman had been running late; they’d gone.');
  // two hundred sentences keep the test to a few seconds
  return texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/u)).filter((s) => s.trim().length > 0).slice(0, 200);
}

// Ids hold a counter that differs between two instances; all else must be the same.
const reading = (nlp: Nlp, s: string) =>
  JSON.stringify([nlp(s).json({ offset: true, terms: { tags: true } }), nlp(s).people().json({ offset: true }), nlp(s).nouns().json()], (k, v: unknown) => (k === 'id' ? undefined : v));

describe('compromise with its model kept by the build', () => {
  it('is built (npm run build makes dist/compromise.cjs and its model)', () => {
    expect(loadWithKeptModel(require)).toBeDefined();
  });

  it('reads every sentence exactly as the package’s own build does', () => {
    const kept = loadWithKeptModel(require)!;
    const stock = require('compromise') as Nlp;
    const all = sentences();
    expect(all.length).toBeGreaterThan(100);
    const differing = all.filter((s) => reading(kept, s) !== reading(stock, s));
    expect(differing).toEqual([]);
  });
});
