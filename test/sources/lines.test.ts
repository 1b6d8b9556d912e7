import { Readable } from 'node:stream';
import { readLines, type Line } from '../../src/sources/lines.js';
import { ndjsonInputs, ndjsonLineInput } from '../../src/sources/ndjson.js';
import { sniffMarkup, looksLikeNdjson, formatOfPath } from '../../src/sources/formats.js';

async function collect(chunks: (string | Buffer)[], maxBytes = 1000): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(Readable.from(chunks), maxBytes)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits across chunk boundaries, drops blank lines, handles CRLF and a BOM', async () => {
    const lines = await collect(['\uFEFF{"a":', '1}\r\n\n{"b"', ':2}\n{"c":3}']);
    expect(lines).toEqual([
      { lineNo: 1, text: '{"a":1}' },
      { lineNo: 3, text: '{"b":2}' },
      { lineNo: 4, text: '{"c":3}' },
    ]);
  });

  it('decodes a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('{"t":"é😀"}\n', 'utf8');
    const lines = await collect([bytes.subarray(0, 8), bytes.subarray(8)]);
    expect(lines).toEqual([{ lineNo: 1, text: '{"t":"é😀"}' }]);
  });

  it('reports a line over the limit without keeping it, and goes on', async () => {
    const lines = await collect(['x'.repeat(600), 'y'.repeat(600), '\nshort\n'], 1000);
    expect(lines).toEqual([{ lineNo: 1, tooLong: true }, { lineNo: 2, text: 'short' }]);
  });
});

describe('ndjsonLineInput', () => {
  const origin = { path: 'in.ndjson', maxBytes: 1e6 };
  it('reads text and metadata', async () => {
    const item = ndjsonLineInput(JSON.stringify({ id: 7, text: 'T', published: '2025-01-02', title: 'H' }), 3, origin);
    expect(item.id).toBe('7');
    expect(item.source).toEqual({ kind: 'ndjson', path: 'in.ndjson', line: 3 });
    await expect(item.read()).resolves.toEqual({ format: 'text', content: 'T', title: 'H', published: '2025-01-02', url: undefined });
  });

  it('leaves out a published that is no ISO 8601 date, and says so', async () => {
    const raw = await ndjsonLineInput(JSON.stringify({ id: 'a', text: 'T', published: 'not a date' }), 1, origin).read();
    expect(raw.published).toBeUndefined();
    expect(raw.warnings).toEqual(['"published" "not a date" is not an ISO 8601 date: ignored']);
  });

  it('names an object or list id by its JSON, so that two never collide', () => {
    const a = ndjsonLineInput(JSON.stringify({ id: { x: 1 }, text: 'T' }), 1, origin);
    const b = ndjsonLineInput(JSON.stringify({ id: { y: 2 }, text: 'T' }), 2, origin);
    expect([a.id, b.id]).toEqual(['{"x":1}', '{"y":2}']);
    expect(ndjsonLineInput(JSON.stringify({ id: [1, 2], text: 'T' }), 3, origin).id).toBe('[1,2]');
  });

  it('gives each over-size line of standard input an id of its own', async () => {
    const long = (c: string) => JSON.stringify({ id: c, text: c.repeat(200) });
    const ids: string[] = [];
    for await (const item of ndjsonInputs(Readable.from([`${long('a')}\n{"id":"b","text":"ok"}\n${long('c')}\n`]), { maxBytes: 100 })) ids.push(item.id);
    expect(ids).toEqual(['stdin-too-long-1', 'b', 'stdin-too-long-3']);
  });

  it('reads html with its url', async () => {
    const item = ndjsonLineInput(JSON.stringify({ id: 'p', html: '<p>x</p>', url: 'https://e.org/a' }), 1, origin);
    expect(item.source.url).toBe('https://e.org/a');
    await expect(item.read()).resolves.toMatchObject({ format: 'html', content: '<p>x</p>' });
  });

  it.each([
    ['not json', 'BAD_JSON'],
    ['[1,2]', 'BAD_JSON'],
    ['"a string"', 'BAD_JSON'],
    ['{"id":"x","text":""}', 'NO_CONTENT'],
    ['{"id":"x","html":null}', 'NO_CONTENT'],
  ])('fails %s with %s, keeping an id', async (line, code) => {
    const item = ndjsonLineInput(line, 5, origin);
    expect(item.id).toMatch(/^(x|in\.ndjson:5)$/);
    await expect(item.read()).rejects.toMatchObject({ code });
  });
});

describe('formats', () => {
  it('decides by extension', () => {
    expect(formatOfPath('a/b.HTML')).toBe('html');
    expect(formatOfPath('a/b.md')).toBe('text');
    expect(formatOfPath('a/b.jsonl')).toBe('ndjson');
    expect(formatOfPath('a/b.pdf')).toBeUndefined();
  });

  it('sniffs markup and NDJSON by content', () => {
    expect(sniffMarkup('  <!DOCTYPE html><html>')).toBe('html');
    expect(sniffMarkup('\uFEFF<html lang="en">')).toBe('html');
    expect(sniffMarkup('The <b> tag is bold.')).toBe('text');
    expect(looksLikeNdjson('\n {"id":1}')).toBe(true);
    expect(looksLikeNdjson('Text {not json}')).toBe(false);
  });
});
