import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { SortedLines } from '../../src/extractors/regions/sorted-lines.js';

// The reader must find what a binary search over the whole file in memory finds, whether it reads
// where it looks or has read the file whole.

/** The first line whose key sorts at or after `target`, by a scan of the whole file. */
function scanLowerBound(file: Buffer, target: Buffer): number {
  for (let at = 0; at < file.length; ) {
    const newline = file.indexOf(10, at);
    const end = newline < 0 ? file.length : newline;
    const tab = file.indexOf(9, at);
    if (file.compare(target, 0, target.length, at, tab < 0 || tab > end ? end : tab) >= 0) return at;
    at = end + 1;
  }
  return file.length;
}

describe('a file of lines sorted by key, searched without reading it whole', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-sorted-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, keys: string[]) => {
    const lines = keys.map((k, i) => `${k}\tXX\t${'x'.repeat(i % 300)}`).sort((a, b) => Buffer.compare(Buffer.from(a.split('\t')[0]!), Buffer.from(b.split('\t')[0]!)));
    const file = path.join(dir, name);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return { url: pathToFileURL(file), bytes: fs.readFileSync(file) };
  };

  it('finds the first line at or after any key, and every line of a key, as a scan does', () => {
    const word = fc.stringMatching(/^[a-dé ]{1,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 400 }), fc.array(word, { minLength: 1, maxLength: 20 }), (keys, targets) => {
        const { url, bytes } = write('a.tsv', keys);
        const reader = new SortedLines(url);
        for (const t of [...targets, ...keys.slice(0, 10)]) {
          const target = Buffer.from(t);
          const at = reader.lowerBound(target);
          expect(at).toBe(scanLowerBound(bytes, target));
          const expected = bytes.toString('utf8').split('\n').filter((l) => l && l.split('\t')[0] === t);
          expect(reader.linesWithKey(at, target).map((l) => l.toString('utf8'))).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads the file whole once its reads add up, with the same answers', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `k${String(i * 7919 % 3000).padStart(4, '0')}`);
    const { url, bytes } = write('b.tsv', keys);
    const reader = new SortedLines(url);
    for (let i = 0; i < 3000; i += 1) {
      const target = Buffer.from(`k${String(i).padStart(4, '0')}`);
      expect(reader.lowerBound(target)).toBe(scanLowerBound(bytes, target));
    }
    expect(reader.positionedReads).toBeLessThanOrEqual(1000);
    expect(new SortedLines(pathToFileURL(path.join(dir, 'none.tsv'))).lowerBound(Buffer.from('a'))).toBe(0);
  });
});
