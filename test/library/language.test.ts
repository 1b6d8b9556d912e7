// The library's `lang`: each record says its language; another language than those asked for keeps
// its record, with a warning and no items.
import fs from 'node:fs';
import path from 'node:path';
import { extract, extractText } from '../../src/library.js';
import { schemaErrors } from '../helpers/invariants.js';

const text = (code: string) => fs.readFileSync(path.join(process.cwd(), 'test/fixtures/languages', `${code}.txt`), 'utf8');

describe('lang', () => {
  it('says the language of each record', () => {
    const r = extractText(text('en'), { includeText: true });
    expect(r.language).toBe('en');
    expect(r.dates?.length).toBeGreaterThan(0);
    expect(schemaErrors(r)).toEqual([]);
  });

  it('leaves an article in another language without items, with a warning, by default', () => {
    const r = extractText(text('pt'), { id: 'pt', title: 'Saúde' });
    expect(r).toMatchObject({ id: 'pt', title: 'Saúde', language: 'pt' });
    expect(r.officials).toEqual([]);
    expect(r.dates).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/^written in Portuguese \(pt\), not English/)]);
    expect(schemaErrors(r)).toEqual([]);
  });

  it('extracts it when its language or any is asked for', () => {
    for (const lang of ['any', 'pt', ['en', 'pt']]) {
      const r = extractText(text('pt'), { lang, types: ['dates'] });
      expect(r.language).toBe('pt');
      expect(r.warnings).toBeUndefined();
    }
  });

  it('refuses a language it does not know with a TypeError', () => {
    expect(() => extractText(text('en'), { lang: 'xx' })).toThrow(TypeError);
    expect(() => extractText(text('en'), { lang: 7 as never })).toThrow(/lang takes a string/);
  });
});

describe('a file of many articles', () => {
  it('is refused by extract, never read as one article\'s text', async () => {
    for (const name of ['articles.csv', 'articles.json.gz', 'feed.ndjson']) {
      await expect(extract({ file: path.join('/nonexistent', name) })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    }
  });

  it('reads a gzipped article', async () => {
    const zlib = await import('node:zlib');
    const os = await import('node:os');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-lib-')), 'story.txt.gz');
    fs.writeFileSync(file, zlib.gzipSync(text('en')));
    await expect(extract(file, { types: ['dates'] })).resolves.toMatchObject({ language: 'en', dates: expect.arrayContaining([expect.objectContaining({ text: 'Tuesday' })]) });
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
