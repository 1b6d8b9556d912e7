import { CodePointIndex, sliceCodePoints } from '../../src/document/offsets.js';
import { Document } from '../../src/document/document.js';

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const idx = new CodePointIndex('Governor’s «quote»');
    expect(idx.toCodePoint(5)).toBe(5);
    expect(idx.codePointLength).toBe('Governor’s «quote»'.length);
  });

  it('counts an astral character as one code point', () => {
    const text = 'a😀b𝒳c';
    const idx = new CodePointIndex(text);
    expect(idx.toCodePoint(text.indexOf('b'))).toBe(2);
    expect(idx.toCodePoint(text.indexOf('c'))).toBe(4);
    expect(idx.codePointLength).toBe(5);
    expect(sliceCodePoints(text, 2, 4)).toBe('b𝒳');
  });
});

describe('Document', () => {
  it('splits sentences without breaking at abbreviations or initials', () => {
    const doc = new Document('Gov. Janet Mills spoke. J. Smith agreed at 5 p.m. Friday.\nA new paragraph! Another one?');
    const sentences = doc.sentences.map((s) => doc.slice(s));
    expect(sentences).toEqual([
      'Gov. Janet Mills spoke.',
      'J. Smith agreed at 5 p.m. Friday.',
      'A new paragraph!',
      'Another one?',
    ]);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('ends a sentence after an ellipsis and closing marks beyond Latin-1', () => {
    const doc = new Document('Then he left… Later he wrote: “Yes!” (Really.) Fine?” Ok.');
    expect(doc.sentences.map((s) => doc.slice(s))).toEqual(['Then he left…', 'Later he wrote: “Yes!”', '(Really.)', 'Fine?”', 'Ok.']);
  });

  it('finds the sentence at a position', () => {
    const doc = new Document('One here. Two there.');
    expect(doc.slice(doc.sentenceAt(12)!)).toBe('Two there.');
    expect(doc.sentenceIndexAt(100)).toBe(-1);
  });
});
