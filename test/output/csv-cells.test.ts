// CSV formula injection: a cell a spreadsheet would run as a formula gets a leading single quote
// (as OWASP recommends); numbers stay numbers, and the quote can be taken off again exactly.
import { neutralisedRow, neutralisedText, originalText } from '../../src/output/csv-cells.js';

describe('neutralisedText', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A2)', '\tx', '\rx'])('prefixes %j with a single quote', (cell) => {
    expect(neutralisedText(cell)).toBe(`'${cell}`);
  });

  it.each(['Governor Jane Roe', '3 drones', '', "'quoted", 'a=b', ' =x'])('leaves %j as it is', (cell) => {
    expect(neutralisedText(cell)).toBe(cell);
  });

  it('prefixes a cell of quotes before a formula too, so taking one quote off is always exact', () => {
    for (const cell of ["'=x", "''-3", '=x', "'plain", 'plain', '-3']) {
      expect(originalText(neutralisedText(cell))).toBe(cell);
    }
    expect(neutralisedText("'=x")).toBe("''=x");
  });
});

describe('NUL in a safe cell', () => {
  it('becomes U+FFFD, one code point for one, so the offsets still index the cell', () => {
    const cell = 'rebuild\u0000 the \u0000bridge';
    expect(neutralisedText(cell)).toBe('rebuild\uFFFD the \uFFFDbridge');
    expect([...neutralisedText(cell)]).toHaveLength([...cell].length);
  });

  it('is replaced before the formula check, in numeric columns too', () => {
    expect(neutralisedText('=\u0000')).toBe("'=\uFFFD");
    expect(neutralisedRow({ value: '1\u0000' }, new Set(['value']))).toEqual({ value: '1\uFFFD' });
  });
});

describe('neutralisedRow', () => {
  const numeric = new Set(['value', 'lat', 'lon']);

  it('keeps numbers, and numbers in numeric columns, as numbers', () => {
    expect(neutralisedRow({ text: '-3', value: -3, lat: '-74.006', lon: -74.006 }, numeric)).toEqual({ text: "'-3", value: -3, lat: '-74.006', lon: -74.006 });
  });

  it('neutralises text in a numeric column that is no number', () => {
    expect(neutralisedRow({ value: '-P3D', lat: '=1+1' }, numeric)).toEqual({ value: "'-P3D", lat: "'=1+1" });
  });
});
