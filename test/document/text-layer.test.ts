import { Document } from '../../src/document/document.js';
import { Lines } from '../../src/document/lines.js';

describe('Lines: the lines of a text and their headline checks', () => {
  const text = 'Governor Orders Evacuation Across Southern Districts\nThe governor ordered an evacuation of three districts on Monday.\n\nWealthy Voters Abandon Republican Party';
  const lines = new Lines(text);

  it('finds the line of a position, a line break belonging to the line it ends', () => {
    expect(lines.indexAt(0)).toBe(0);
    expect(lines.indexAt(text.indexOf('\n'))).toBe(0);
    expect(lines.indexAt(text.indexOf('The'))).toBe(1);
    expect(lines.indexAt(text.indexOf('Wealthy'))).toBe(3);
    expect(text.slice(lines.startOf(1), lines.endOf(1))).toBe('The governor ordered an evacuation of three districts on Monday.');
    expect(lines.endOf(3)).toBe(text.length);
  });

  it('tells a title-case line from running text', () => {
    expect(lines.isTitleCase(text.indexOf('Orders'))).toBe(true);
    expect(lines.isTitleCase(text.indexOf('governor'))).toBe(false);
    expect(lines.isCapitalised(text.indexOf('Voters'))).toBe(true);
    expect(lines.isCapitalised(text.indexOf('evacuation of'))).toBe(false);
  });

  it('takes no long line for a headline', () => {
    const long = 'Governor Orders Evacuation '.repeat(20);
    expect(new Lines(long).isTitleCase(0)).toBe(false);
    expect(new Lines(long).isCapitalised(0)).toBe(false);
  });

  it('counts letters outside the BMP by code point', () => {
    // "𝐚bcd" is four letters (five code units): no long word in lower case
    const astral = '𝐚bcd Governor Evacuates Districts Today';
    expect(new Lines(astral).isTitleCase(0)).toBe(true);
  });
});

describe('Document: the text layer is made once and shared', () => {
  it('keeps its tokens, quotes and lines from the first use on', () => {
    const doc = new Document('“We will rebuild,” the mayor said.\nMayor Announces Rebuilding Plan Tonight');
    expect(doc.tokens).toBe(doc.tokens);
    expect(doc.quotes).toBe(doc.quotes);
    expect(doc.quotes.map((q) => doc.text.slice(q.start, q.end))).toEqual(['We will rebuild,']);
    expect(doc.quotedSpans.map((s) => doc.slice(s))).toEqual(['“We will rebuild,”']);
    expect(doc.lines).toBe(doc.lines);
    expect(doc.lines.isTitleCase(doc.text.indexOf('Announces'))).toBe(true);
  });
});

describe('Document: windows around a position', () => {
  const doc = new Document('Russia shot down 37 Su-34s over Belgorod. The U.S. said nothing.');
  const at = doc.text.indexOf('37');

  it('gives the window words before and after a position', () => {
    expect(doc.wordsBefore(at, 0, 2).map((t) => t.text)).toEqual(['down', 'shot']);
    expect(doc.wordsAfter(at + 2, doc.text.length, 3).map((t) => t.text)).toEqual(['Su-34s', 'over', 'Belgorod']);
  });

  it('finds the document token at a position', () => {
    const k = doc.tokenIndexAt(at);
    expect(doc.tokens[k]!.text).toBe('37');
    expect(doc.tokens[doc.tokenIndexAt(at + 1)]!.text).toBe('37');
    expect(doc.tokenIndexAt(doc.text.length)).toBe(doc.tokens.length);
  });
});
