import fc from 'fast-check';
import { continuesSentence, isTitleCase, startsUpper, wordCount } from '../../src/extractors/quotes/fragments.js';
import { Document } from '../../src/document/document.js';
import { quotesExtractor } from '../../src/extractors/quotes/index.js';

// The definitions the character-code scans follow.
function referenceWordCount(s: string, cap = 8): number {
  return Math.min(cap, (s.match(/[\p{L}\p{N}]+/gu) ?? []).length);
}
const referenceStartsUpper = (s: string) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(s);
const referenceContinues = (text: string, after: number) => /^[ \u00a0]*\p{Ll}/u.test(text.slice(after, after + 40));
function referenceTitleCase(quoted: string): boolean {
  if (quoted.length > 120) return false;
  const words = quoted.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 10) return false;
  const small = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|is|by|with|from|as)$/;
  return words.every((w) => /^\p{Lu}/u.test(w) || small.test(w)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

const pieces = fc.constantFrom('a', 'the', 'of', 'from', 'Legend', 'Coal', 'x', 'Z', '9', ' ', ' ', '\u00a0', '-', "'", '’', '“', '”', '—', '.', ',', 'é', 'É', 'Ж', '²', '𝐀', '\t', 'withs');
const texts = fc.array(pieces, { maxLength: 24 }).map((ps) => ps.join(''));

describe('quote text tests on character codes', () => {
  it('count words as the regex does', () => {
    fc.assert(fc.property(texts, fc.integer({ min: 1, max: 8 }), (s, cap) => {
      expect(wordCount(s, cap)).toBe(referenceWordCount(s, cap));
    }), { numRuns: 5000 });
  });

  it('see a capital or number first as the regex does', () => {
    fc.assert(fc.property(texts, (s) => {
      expect(startsUpper(s)).toBe(referenceStartsUpper(s));
    }), { numRuns: 5000 });
  });

  it('see a sentence go on after the mark as the regex does', () => {
    fc.assert(fc.property(texts, fc.nat(30), (text, after) => {
      expect(continuesSentence(text, { closed: true, after })).toBe(referenceContinues(text, after));
    }), { numRuns: 5000 });
  });

  it('tell Title Case as the regex does', () => {
    expect(isTitleCase('Legend in the Coal Fields.')).toBe(true);
    fc.assert(fc.property(texts, (s) => {
      expect(isTitleCase(s)).toBe(referenceTitleCase(s));
    }), { numRuns: 5000 });
  });
});

describe('a title after a preposition, an article or a possessive', () => {
  it('is no quote even when a speech tag follows', () => {
    const text = 'In an interview on NBC’s “Meet the Voters,” Senator Ann Holm said the bill would pass.';
    const ctx = { results: { organizations: [], people: [] } };
    expect(quotesExtractor.extract(new Document(text), ctx)).toEqual([]);
  });
});
