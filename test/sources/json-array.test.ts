// JSON files of articles: an array read element by element as it streams in (one input each, named
// as NDJSON lines are), one object as one article, and anything else one error for the file.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { jsonArticleInputs, jsonElements } from '../../src/sources/json-array.js';
import type { InputItem } from '../../src/sources/source.js';

async function inputs(chunks: string[], maxBytes = 1e6, path: string | null = 'a.json'): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of jsonArticleInputs(Readable.from(chunks), { ...(path ? { path } : {}), maxBytes })) out.push(item);
  return out;
}
const codeOf = (item: InputItem) => item.read().then(() => 'ok', (err: { code: string }) => err.code);

describe('jsonArticleInputs', () => {
  it('gives one input an element, named by its id or its place, across chunk boundaries', async () => {
    const items = await inputs(['\uFEFF [ {"id":"a","text":"Te', 'xt, [with] {brackets} and \\"quotes\\""}', ' ,\n{"text":"two","title":"T"} ]\n']);
    expect(items.map((i) => i.id)).toEqual(['a', 'a.json[1]']);
    expect(items[1]!.source).toEqual({ kind: 'json', path: 'a.json', index: 1 });
    await expect(items[0]!.read()).resolves.toMatchObject({ format: 'text', content: 'Text, [with] {brackets} and "quotes"' });
    await expect(items[1]!.read()).resolves.toMatchObject({ content: 'two', title: 'T' });
  });

  it('reads one object as one article, named by the file', async () => {
    const items = await inputs(['{"html":"<p>x</p>","url":"https://e.org/"}']);
    expect(items.map((i) => [i.id, i.source])).toEqual([['a.json', { kind: 'json', path: 'a.json', url: 'https://e.org/' }]]);
  });

  it('makes an element that is no article an error for that element alone', async () => {
    const items = await inputs(['[7, {"title":"no text"}, "s", {"text":"ok"}]']);
    expect(await Promise.all(items.map(codeOf))).toEqual(['BAD_JSON', 'NO_CONTENT', 'BAD_JSON', 'ok']);
  });

  it('skips an element over --max-bytes without holding it', async () => {
    const items = await inputs([`[{"text":"${'x'.repeat(200)}"},{"text":"ok"}]`], 100);
    expect(items.map((i) => i.id)).toEqual(['a.json[0]', 'a.json[1]']);
    expect(await Promise.all(items.map(codeOf))).toEqual(['TOO_LARGE', 'ok']);
  });

  it.each([
    ['a JSON file that does not parse', ['{"text": "cut'], 'BAD_JSON'],
    ['a number', ['42'], 'BAD_JSON'],
    ['text that is no JSON', ['id,text\n1,x\n'], 'BAD_JSON'],
    ['an empty array', ['[ ]'], 'NO_ARTICLES'],
    ['an empty file', ['  \n'], 'EMPTY'],
  ])('makes %s one error for the file', async (_what, chunks, code) => {
    const items = await inputs(chunks);
    expect(items.map((i) => i.id)).toEqual(['a.json']);
    expect(await codeOf(items[0]!)).toBe(code);
  });

  it('reports an array cut short, after the elements read before the cut', async () => {
    const items = await inputs(['[{"text":"one"},{"text":"tw']);
    expect(items.map((i) => i.id)).toEqual(['a.json[0]', 'a.json[1]', 'a.json']);
    expect(await Promise.all(items.map(codeOf))).toEqual(['ok', 'BAD_JSON', 'BAD_JSON']);
  });

  it('names the elements of standard input by their place', async () => {
    const items = await inputs(['[{"text":"x"}]'], 1e6, null);
    expect(items.map((i) => [i.id, i.source])).toEqual([['stdin[0]', { kind: 'json', index: 0 }]]);
  });

  it('gives exactly the elements of any JSON array, whatever the chunks (property)', async () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), async (array, cuts, pretty) => {
        const text = JSON.stringify(array, null, pretty ? 2 : undefined);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => text.slice(from, [...at, text.length][i]));
        const elements: unknown[] = [];
        for await (const e of jsonElements(Readable.from(chunks.filter(Boolean)), 1e6)) elements.push('text' in e ? JSON.parse(e.text) : e);
        expect(elements).toEqual(array.map((v) => JSON.parse(JSON.stringify(v))));
      }),
      { numRuns: 200 },
    );
  });

  it('loses no element and names each uniquely (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ text: fc.string({ minLength: 1 }) }), { minLength: 1, maxLength: 20 }), async (articles) => {
        const items = await inputs([JSON.stringify(articles)]);
        expect(items).toHaveLength(articles.length);
        expect(new Set(items.map((i) => i.id)).size).toBe(articles.length);
      }),
      { numRuns: 100 },
    );
  });
});
