// CSV by RFC 4180, written by us: fast-csv dropped NUL from every field, so a raw cell no longer
// matched the text its offsets index.
import { csvField, csvLine, csvTable } from '../../src/output/csv-format.js';
import { readCsv } from '../helpers/csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['pipe|kept', 'pipe|kept'],
  ])('writes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('keeps NUL, and every other character, exactly', () => {
    expect(csvField('a\u0000b')).toBe('a\u0000b');
    expect(csvField('"\u0000",')).toBe('"""\u0000"","');
  });

  it('writes numbers as JSON does and nothing as an empty field', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('csvLine and csvTable', () => {
  const columns = ['id', 'text', 'start'] as const;

  it('writes the cells in column order, one line each, the header first', () => {
    expect(csvLine(columns, { start: 4, id: 'x' })).toBe('x,,4\n');
    expect(csvTable(columns, [])).toBe('id,text,start\n');
  });

  it('reads back cell for cell through another CSV parser', async () => {
    const rows = [{ id: 'a\u0000', text: '"quoted", and\r\nbroken', start: 0 }, { id: '=1+1', text: 'ü😀', start: 12 }];
    expect(await readCsv(csvTable(columns, rows))).toEqual(rows.map((row) => ({ ...row, start: String(row.start) })));
  });
});
