import fc from 'fast-check';
import { PAST, isPastWord } from '../../src/extractors/dates/tense.js';

// PAST reads its lookbehinds after the word (tense.ts): held to the plain form, whose lookbehinds
// open each branch, on texts of past words, participles and the words that make them passive.
const REFERENCE =
  /(?<!\b(?:is|are|am|be|being|get|gets|getting|has|have)\s+)\b(?:was|were|had|did|ago|yesterday|said|told|took|went|came|became|met|began|won|lost|fell|rose|saw|made|gave|left|held|sold|bought|brought|thought|sought|taught|caught|fought|paid|ran|spent|sent|wrote|found|got|kept|led|knew|grew|drew|threw|flew|broke|spoke|chose|drove|shot|fled|built|meant|felt|heard|stood|struck|since|last)\b(?!\s+by\b)|(?<!\b(?:a|an|the|still|yet|as|is|are|am|be|being|get|gets|getting|has|have)\s+)\b[a-z]{3,}ed\b(?!\s+by\b)/g;

const WORDS = ['was', 'said', 'held', 'last', 'since', 'is', 'are', 'be', 'being', 'has', 'have', 'gets', 'a', 'an', 'the', 'still', 'as',
  'completed', 'heard', 'red', 'bed', 'wanted', 'Wanted', 'by', 'byword', 'led', 'xis', 'has_', '9', 'wasn', 'édited', 'edited', 'ed'];
const SEPARATORS = [' ', ' ', '', '\n', '  ', ', ', '.', '-', '\u00a0', "'"];
const piece = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s);
const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);

describe('the past-tense markers', () => {
  it('match as their plain form does', () => {
    expect(PAST.flags).toBe(REFERENCE.flags);
    let found = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const expected = all(REFERENCE, text);
      found += expected.length;
      expect(all(PAST, text)).toEqual(expected);
    }), { numRuns: 5000 });
    expect(found).toBeGreaterThan(1000);
  });

  it('tell a past word alone', () => {
    for (const w of ['was', 'Released', 'held', 'since']) expect(isPastWord(w)).toBe(true);
    for (const w of ['is', 'bed', 'will', 'edited by']) expect(isPastWord(w)).toBe(false);
  });
});
