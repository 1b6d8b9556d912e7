// The CSV/TSV row reader (RFC 4180), held against fast-csv's parser on generated tables, and the
// table-of-articles reader built on it: one input a row, no row lost, ids unique.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { parseString } from 'fast-csv';
import { tableRows, type TableRow } from '../../src/sources/table-rows.js';
import { articleColumns, tableArticleInputs } from '../../src/sources/table-articles.js';
import type { InputItem } from '../../src/sources/source.js';

async function rows(chunks: (string | Buffer)[], delimiter = ',', maxBytes = 1e6): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of tableRows(Readable.from(chunks), delimiter, maxBytes)) out.push(row);
  return out;
}
const cellsOf = (found: TableRow[]) => found.map((r) => ('cells' in r ? r.cells : 'too large'));

function fastCsvRows(text: string, delimiter: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const out: string[][] = [];
    parseString(text, { delimiter, ignoreEmpty: true })
      .on('data', (row: string[]) => out.push(row))
      .on('error', reject)
      .on('end', () => resolve(out));
  });
}

/** RFC 4180 writing: a field with the delimiter, a quote or a line break is quoted, its quotes doubled. */
function written(table: string[][], delimiter: string, eol: string): string {
  const cell = (c: string) => (c === '' || /[",\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return table.map((row) => row.map(cell).join(delimiter)).join(eol) + eol;
}

/** Splits a text into chunks at the given cut points, as a stream delivers it. */
const chunked = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i])).filter((c) => c !== '');
};

describe('tableRows', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and says where each row starts', async () => {
    const found = await rows(['id,text\r\n1,"a, ""b""\nc"\r\n', '\n2,plain\n']);
    expect(found).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'a, "b"\nc'] },
      { line: 5, cells: ['2', 'plain'] },
    ]);
  });

  it('drops a BOM, ends rows at CR alone, and keeps a stray quote as text', async () => {
    expect(cellsOf(await rows(['\uFEFFa,b\rx"y,"q"r\r']))).toEqual([['a', 'b'], ['x"y', 'qr']]);
  });

  it('keeps the last row without a line break, and an empty quoted field', async () => {
    expect(cellsOf(await rows(['a,b\n""\n1,2']))).toEqual([['a', 'b'], [''], ['1', '2']]);
  });

  it('splits on tabs for TSV', async () => {
    expect(cellsOf(await rows(['id\ttext\n1\t"x\ty"\n'], '\t'))).toEqual([['id', 'text'], ['1', 'x\ty']]);
  });

  it('reports a row over the bound without holding it, and goes on', async () => {
    const found = await rows([`a\n${'x'.repeat(50)}\n`, `"${'y'.repeat(50)}\n${'y'.repeat(50)}"\nok\n`], ',', 40);
    expect(found).toEqual([{ line: 1, cells: ['a'] }, { line: 2, tooLarge: true }, { line: 3, tooLarge: true }, { line: 5, cells: ['ok'] }]);
  });

  it('counts UTF-8 bytes, not characters, against the bound', async () => {
    expect(cellsOf(await rows(['é'.repeat(30) + '\n'], ',', 40))).toEqual(['too large']);
    expect(cellsOf(await rows(['é'.repeat(20) + '\n'], ',', 40))).toEqual([['é'.repeat(20)]]);
  });

  const cell = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', '\t', 'é', '😀') }), fc.string());
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    .filter((t) => t.every((row) => !(row.length === 1 && row[0] === '')));

  it.each([[',', '\n'], [',', '\r\n'], ['\t', '\n']])('reads back what RFC 4180 wrote, as fast-csv does (delimiter %j, end %j)', async (delimiter, eol) => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 6 }), async (t, cuts) => {
        const text = written(t, delimiter, eol);
        const ours = cellsOf(await rows(chunked(text, cuts), delimiter));
        expect(ours).toEqual(t);
        // fast-csv reads a field of white space alone as empty (RFC 4180 keeps spaces), and ignoreEmpty
        // drops a row of them: compared on tables without such fields
        const blankish = (c: string) => c !== '' && c.trim() === '';
        if (t.every((row) => row.some((c) => c.trim() !== '') && !row.some(blankish))) expect(ours).toEqual(await fastCsvRows(text, delimiter));
      }),
      { numRuns: 150 },
    );
  });
});

async function inputs(text: string, columns = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of tableArticleInputs(Readable.from([text]), { path: 'a.csv', maxBytes: 1e6, delimiter: ',', columns })) out.push(item);
  return out;
}

describe('tableArticleInputs', () => {
  it('gives one input a row, named by its id column or its place', async () => {
    const items = await inputs('ID,Headline,Body,Date,Link\n7,T,Text one,2024-10-08,https://e.org/7\n,,Text two,,\n');
    expect(items.map((i) => i.id)).toEqual(['7', 'a.csv:3']);
    expect(items[0]!.source).toEqual({ kind: 'csv', path: 'a.csv', line: 2, url: 'https://e.org/7' });
    await expect(items[0]!.read()).resolves.toEqual({ format: 'text', content: 'Text one', title: 'T', published: '2024-10-08', url: 'https://e.org/7' });
  });

  it('takes the columns the user names, and reads HTML where a row has no text', async () => {
    const items = await inputs('story,page,key\n,<p>x</p>,k1\nplain,,k2\n', { text: 'Story', html: 'page', id: 'key' });
    await expect(items[0]!.read()).resolves.toMatchObject({ format: 'html', content: '<p>x</p>' });
    await expect(items[1]!.read()).resolves.toMatchObject({ format: 'text', content: 'plain' });
    expect(items.map((i) => i.id)).toEqual(['k1', 'k2']);
  });

  it('makes a row with no text an error for that row alone', async () => {
    const items = await inputs('id,text\n1,\n2,ok\n');
    await expect(items[0]!.read()).rejects.toMatchObject({ code: 'NO_CONTENT' });
    await expect(items[1]!.read()).resolves.toMatchObject({ content: 'ok' });
  });

  it.each([
    ['a table with no text column', 'not, a table\nat all\n', {}, 'NO_ARTICLES', /no column of article text/],
    ['a column named but missing', 'id,text\n1,x\n', { text: 'body' }, 'NO_ARTICLES', /no column "body" \(--text-column\)/],
    ['newsfacts\' own facts', 'article,published,type,text,value,start,end\na,,official,Jane Roe,,0,8\n', {}, 'NO_ARTICLES', /table of facts/],
    ['a header and no rows', 'id,text\n', {}, 'NO_ARTICLES', /no rows/],
    ['an empty file', '', {}, 'EMPTY', /empty/],
  ])('makes %s one error for the file', async (_what, text, columns, code, message) => {
    const items = await inputs(text, columns);
    expect(items.map((i) => i.id)).toEqual(['a.csv']);
    await expect(items[0]!.read()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('finds the usual names in any case', () => {
    expect(articleColumns([' Content ', 'HEADLINE', 'published_at', 'link'], 'x')).toEqual({ text: 0, title: 1, published: 2, url: 3 });
  });

  it('loses no row and names each uniquely (property)', async () => {
    const body = fc.string({ minLength: 1, unit: fc.constantFrom('a', ' ', ',', '"', '\n', 'é') }).filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(body, { minLength: 1, maxLength: 20 }), async (texts) => {
        const items = await inputs(written([['text'], ...texts.map((t) => [t])], ',', '\n'));
        expect(items).toHaveLength(texts.length);
        expect(new Set(items.map((i) => i.id)).size).toBe(texts.length);
        for (const [i, item] of items.entries()) await expect(item.read()).resolves.toMatchObject({ content: texts[i] });
      }),
      { numRuns: 100 },
    );
  });
});
