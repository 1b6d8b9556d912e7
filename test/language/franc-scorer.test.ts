// francRanking scores franc-min's own models by trigram: it must rank the languages exactly as franc
// does, on every input, including ties, other scripts, digits and texts past franc's 2,048 characters.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc-min';
import { data } from 'franc-min/data.js';
import { francLanguage, francRanking } from '../../src/language/franc-scorer.js';

const FIXTURES = path.join(process.cwd(), 'test/fixtures/languages');
const fixtures = fs.readdirSync(FIXTURES).map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

/** Words of every model (its trigrams run together), so random texts land near real languages and between them. */
const modelWords = Object.values(data).flatMap((languages) => Object.values(languages).flatMap((model) => model.split('|').slice(0, 40)));

/** The whole ranking, not only its first: a distance off by one for some trigrams rarely changes the first. */
const sameAsFranc = (text: string, minLength: number) => {
  const expected = francAll(text, { minLength }).map(([language]) => language);
  expect(francRanking(text, minLength)).toEqual(expected);
  expect(francLanguage(text, minLength)).toBe(expected[0]);
};

describe('francRanking and francLanguage', () => {
  it('names what franc names on the fixtures, whole and in every prefix and window', () => {
    for (const text of fixtures) {
      for (let end = 0; end <= Math.min(text.length, 700); end += 7) sameAsFranc(text.slice(0, end), 20);
      for (let start = 0; start < text.length; start += 97) sameAsFranc(text.slice(start, start + 300), 20);
      sameAsFranc(text.repeat(8), 10);
    }
  });

  it('names what franc names on mixtures of the models\' trigrams', () => {
    const mixture = fc.array(fc.constantFrom(...modelWords), { minLength: 1, maxLength: 120 }).map((words) => words.join(''));
    fc.assert(fc.property(mixture, fc.integer({ min: 0, max: 40 }), (text, minLength) => sameAsFranc(text, minLength)), { numRuns: 400 });
  });

  it('names what franc names on any text, digits and marks included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => sameAsFranc(text, 20)), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sameAsFranc(text, 5)), { numRuns: 300 });
  });

  it('is und below the minimum length and for a text with no letters', () => {
    expect(francRanking('short', 20)).toEqual(['und']);
    expect(francLanguage('12 345 678 — 2024-10-08 '.repeat(3), 20)).toBe('und');
  });
});
