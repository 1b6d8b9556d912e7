// Gzip as analysts have it: `.gz`, `.html.gz`, `.ndjson.gz`, `.csv.gz` files (read decompressed, the
// ending under .gz deciding the format, --max-bytes counting decompressed bytes) and folders of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { inputsFromPath } from '../../src/sources/files.js';
import { formatOfPath, isArticlePath } from '../../src/sources/formats.js';
import { gunzipBytes, ungzipped } from '../../src/sources/gzip.js';
import type { InputItem, RawInput } from '../../src/sources/source.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-gzip-'));
  const gz = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), zlib.gzipSync(text));
  gz('story.txt.gz', 'Governor Jane Roe said five drones fell.');
  gz('page.html.gz', '<html><body><p>A page.</p></body></html>');
  gz('lines.ndjson.gz', '{"id":"a","text":"one"}\n{"id":"b","text":"two"}\n');
  gz('table.csv.gz', 'id,text\nr1,"row, one"\n');
  gz('array.json.gz', '[{"id":"j","text":"x"}]');
  gz('bare.gz', 'Plain text under a bare .gz');
  gz('backup.tar.gz', 'not an article');
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `c${i}`, text: `line ${i * 7919}` })).join('\n');
  const packed = zlib.gzipSync(lines);
  fs.writeFileSync(path.join(dir, 'cut.ndjson.gz'), packed.subarray(0, packed.length / 2));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function all(p: string, maxBytes = 1e6): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of inputsFromPath(p, { format: 'auto', maxBytes, notify: () => {} })) out.push(item);
  return out;
}
const outcome = (item: InputItem) => item.read().then((raw: RawInput) => raw, (err: { code: string }) => err.code);

describe('gzip files', () => {
  it('decides the format by the ending under .gz', () => {
    expect(['a.html.gz', 'a.TXT.GZ', 'a.ndjson.gz', 'a.csv.gz', 'a.tsv.gz', 'a.json.gz', 'a.gz', 'a.tar.gz'].map(formatOfPath)).toEqual([
      'html', 'text', 'ndjson', 'csv', 'tsv', 'json', undefined, undefined,
    ]);
    expect(isArticlePath('x.jsonl.gz')).toBe(true);
    expect(isArticlePath('x.tar.gz')).toBe(false);
  });

  it('reads a gzipped article, page, NDJSON, table and array in a folder, skipping what is no article', async () => {
    const items = await all(dir);
    const ids = items.map((i) => path.basename(i.id)).filter((id) => !id.startsWith('c') || id === 'cut.ndjson.gz');
    expect(ids).toEqual(['j', 'cut.ndjson.gz', 'a', 'b', 'page.html.gz', 'story.txt.gz', 'r1']);
    expect(ids).not.toContain('backup.tar.gz');
    expect(ids).not.toContain('bare.gz');
    const story = items.find((i) => i.id.endsWith('story.txt.gz'))!;
    await expect(story.read()).resolves.toMatchObject({ format: 'text', content: 'Governor Jane Roe said five drones fell.' });
    await expect(items.find((i) => i.id.endsWith('page.html.gz'))!.read()).resolves.toMatchObject({ format: 'html' });
    await expect(items.find((i) => i.id === 'r1')!.read()).resolves.toMatchObject({ content: 'row, one' });
    expect(items.find((i) => i.id === 'b')!.source).toEqual({ kind: 'ndjson', path: path.join(dir, 'lines.ndjson.gz'), line: 2 });
  });

  it('reads a bare .gz named on the command line, its content deciding text or HTML', async () => {
    const [item] = await all(path.join(dir, 'bare.gz'));
    await expect(item!.read()).resolves.toMatchObject({ format: 'text', content: 'Plain text under a bare .gz' });
  });

  it('makes a gzip stream that breaks off one error after the lines before it', async () => {
    const items = await all(path.join(dir, 'cut.ndjson.gz'));
    const last = items[items.length - 1]!;
    expect(last.id).toBe(path.join(dir, 'cut.ndjson.gz'));
    expect(await outcome(last)).toBe('UNREADABLE');
    expect(items.length).toBeGreaterThan(1);
  });

  it('counts --max-bytes once decompressed: a gzip bomb is TOO_LARGE', async () => {
    const bomb = path.join(dir, 'bomb.txt.gz');
    fs.writeFileSync(bomb, zlib.gzipSync(Buffer.alloc(5_000_000, 'a')));
    expect(fs.statSync(bomb).size).toBeLessThan(10_000);
    const [item] = await all(bomb, 1_000_000);
    expect(await outcome(item!)).toBe('TOO_LARGE');
  });

  it('makes a corrupt gzip file an UNREADABLE error', async () => {
    const bad = path.join(dir, 'bad.txt.gz');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('not deflate data at all')]));
    const [item] = await all(bad);
    await expect(item!.read()).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringMatching(/not valid gzip data/) });
    fs.rmSync(bad);
  });
});

describe('gzip streams', () => {
  const collect = async (source: Iterable<Buffer>) => {
    const out: Buffer[] = [];
    for await (const chunk of ungzipped(Readable.from(source), 'in')) out.push(Buffer.from(chunk));
    return Buffer.concat(out).toString();
  };

  it('decompresses a stream that starts with the gzip magic bytes, and passes any other through', async () => {
    const packed = zlib.gzipSync('hello, world');
    expect(await collect([packed.subarray(0, 5), packed.subarray(5)])).toBe('hello, world');
    expect(await collect([Buffer.from('plain')])).toBe('plain');
  });

  it('caps a whole article at the bound once decompressed', async () => {
    await expect(gunzipBytes(zlib.gzipSync('x'.repeat(100)), 'a.gz', 50)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(gunzipBytes(zlib.gzipSync('x'.repeat(50)), 'a.gz', 50)).resolves.toHaveLength(50);
  });
});
