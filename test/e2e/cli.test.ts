import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseString } from 'fast-csv';
import { BIN, ensureBuilt, parseNdjson, ROOT, runCli, withoutLastLine } from '../helpers/cli.js';
import { badSpans, schemaErrors } from '../helpers/invariants.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-e2e-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const QUOTE_ARTICLE =
  'Governor Jane Roe of the Tver Region spoke on Monday.\n' +
  '“We shot down four drones, and nobody was hurt,” Roe wrote on Telegram. “Stay calm.”\n';

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('newsfacts extract on files and folders', () => {
  it('gives one valid record per article of the fixtures folder, in sorted order', async () => {
    const r = await runCli(['extract', '--include-text', 'fixtures/']);
    expect(r.stderr).toMatch(/^newsfacts: \d+ articles in \d+\.\d s, [\d.]+ articles\/s\n$/); // the last line alone
    expect(r.code).toBe(0);
    const recs = parseNdjson(r.stdout);
    const ids = recs.map((x) => x.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['fixtures/smolensk-drone-alert.txt', 'fixtures/smolensk-nine-uavs.txt']));
    for (const rec of recs) {
      expect(schemaErrors(rec)).toEqual([]);
      expect(badSpans(rec, rec.text)).toEqual([]);
      expect(rec.source).toEqual({ kind: 'file', path: rec.id });
      const order = ['id', 'source', 'title', 'published', 'url', 'author', 'language', 'text', 'officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'];
      expect(Object.keys(rec)).toEqual(order.filter((k) => k in rec));
      expect(Object.keys(rec)).toEqual(expect.arrayContaining(['id', 'source', 'text', 'officials', 'regions', 'dates', 'counts', 'quotes', 'organizations']));
    }
  });

  it('keeps the text exactly as read, so offsets index the input file', async () => {
    const file = write('astral.txt', 'Emoji 😀 first. Governor Jane Roe said: “Calm 😀 down.”\n');
    const r = await runCli(['extract', '--include-text', file]);
    const rec = parseNdjson(r.stdout)[0]!;
    expect(rec.text).toBe(fs.readFileSync(file, 'utf8'));
    expect(badSpans(rec, rec.text)).toEqual([]);
  });

  it('turns a missing path into an error record, goes on, and exits 1', async () => {
    const good = write('good.txt', QUOTE_ARTICLE);
    const r = await runCli(['extract', path.join(tmp, 'nope.txt'), good]);
    expect(r.code).toBe(1);
    const recs = parseNdjson(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ id: path.join(tmp, 'nope.txt'), error: { code: 'NOT_FOUND' } });
    expect(recs[1]!.id).toBe(good);
    expect(recs[1]!.error).toBeUndefined();
    expect(withoutLastLine(r.stderr).trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/nope\.txt: NOT_FOUND/);
    for (const rec of recs) expect(schemaErrors(rec)).toEqual([]);
  });

  it('reports a folder without articles, and skips other files with a notice', async () => {
    write('empty-dir/data.xlsx', 'a,b\n1,2\n');
    const r = await runCli(['extract', path.join(tmp, 'empty-dir')]);
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'NO_ARTICLES' }) })]);
    expect(r.stderr).toMatch(/skipped .*data\.xlsx/);
  });

  it('refuses binary and empty files with their own codes', async () => {
    const bin = write('bad/binary.txt', Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02, 0x00, 0x50]));
    const empty = write('bad/empty.txt', '');
    const r = await runCli(['extract', bin, empty]);
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout).map((x) => x.error?.code)).toEqual(['BINARY', 'EMPTY']);
  });

  it('reads a UTF-16 file with a byte order mark', async () => {
    const text = 'Governor Jane Roe of the Tver Region spoke.\n';
    const file = write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await runCli(['extract', '--include-text', file]);
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)[0]!.text).toBe(text);
  });

  it('refuses a file over --max-bytes', async () => {
    const big = write('big.txt', 'word '.repeat(1000));
    const r = await runCli(['extract', '--max-bytes', '1k', big]);
    expect(r.code).toBe(1);
    expect(parseNdjson(r.stdout)[0]!.error.code).toBe('TOO_LARGE');
  });
});

describe('NDJSON input', () => {
  it('processes every line in order, bad lines becoming error records', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: QUOTE_ARTICLE, published: '2025-10-09' }),
      'this is not json',
      JSON.stringify({ id: 'c', title: 'no body' }),
      JSON.stringify({ id: 'd', html: '<html><body><article><h1>T</h1><p>' + QUOTE_ARTICLE + '</p></article></body></html>', url: 'https://example.org/d' }),
      '',
      JSON.stringify({ text: 'An article without an id, about the Tver Region.' }),
    ].join('\n');
    const r = await runCli(['extract', '-'], { input });
    expect(r.code).toBe(1);
    const recs = parseNdjson(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(['a', expect.stringMatching(/^stdin-[0-9a-f]{12}$/), 'c', 'd', expect.stringMatching(/^stdin-[0-9a-f]{12}$/)]);
    expect(recs[0]!.published).toBe('2025-10-09');
    expect(recs[1]!.error.code).toBe('BAD_JSON');
    expect(recs[2]!.error.code).toBe('NO_CONTENT');
    expect(recs[3]!.error).toBeUndefined();
    expect(recs[3]!.url).toBe('https://example.org/d');
    for (const rec of recs) expect(schemaErrors(rec)).toEqual([]);
    expect(withoutLastLine(r.stderr).trim().split('\n')).toHaveLength(2);
  });

  it('uses --published when a line carries no date', async () => {
    const input = JSON.stringify({ id: 'x', text: 'It happened yesterday in the Tver Region.' }) + '\n';
    const r = await runCli(['extract', '--published', '2025-10-09', '--input-format', 'ndjson', '-'], { input });
    expect(parseNdjson(r.stdout)[0]!.published).toBe('2025-10-09');
  });

  it('reads a plain text article from standard input', async () => {
    const r = await runCli(['extract', '--include-text'], { input: QUOTE_ARTICLE });
    expect(r.code).toBe(0);
    const rec = parseNdjson(r.stdout)[0]!;
    expect(rec).toMatchObject({ id: 'stdin', source: { kind: 'stdin' }, text: QUOTE_ARTICLE });
  });
});

describe('output formats', () => {
  it('writes a JSON array with --format json', async () => {
    const r = await runCli(['extract', '--format', 'json', 'fixtures/']);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr.length).toBeGreaterThanOrEqual(2);
  });

  it('writes long-format CSV that reads back intact, quotes with commas and line breaks included', async () => {
    const article = 'Governor Jane Roe said: “Four drones, two “big” ones,\nwere downed.” It was late.';
    const file = write('csv/article.txt', article);
    const json = parseNdjson((await runCli(['extract', file])).stdout)[0]!;
    const r = await runCli(['extract', '--format', 'csv', file]);
    expect(r.code).toBe(0);
    const rows: Record<string, string>[] = await new Promise((resolve, reject) => {
      const out: Record<string, string>[] = [];
      parseString(r.stdout, { headers: true })
        .on('data', (row) => out.push(row))
        .on('error', reject)
        .on('end', () => resolve(out));
    });
    expect(r.stdout.split('\n')[0]).toBe('article,published,type,text,value,title,affiliation,item,item_key,region,when,source,role,speaker,start,end,geonames_id,lat,lon,entity,language');
    expect(rows[0]).toMatchObject({ article: file, type: 'article' });
    const quoteRows = rows.filter((x) => x.type === 'quote');
    expect(quoteRows.map((q) => q.text)).toEqual(json.quotes.map((q: { text: string }) => q.text));
    for (const kind of ['officials', 'regions', 'dates', 'counts', 'organizations']) {
      const type = kind === 'counts' ? 'count' : kind.replace(/s$/, '');
      expect(rows.filter((x) => x.type === type)).toHaveLength(json[kind].length);
    }
  });

  it('writes -o atomically: the file appears whole, and no temporary file is left', async () => {
    const out = path.join(tmp, 'out/facts.ndjson');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = await runCli(['extract', '-o', out, 'fixtures/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseNdjson(fs.readFileSync(out, 'utf8')).length).toBeGreaterThanOrEqual(2);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['facts.ndjson']);
  });

  it('puts only the kinds asked for with --types', async () => {
    const r = await runCli(['extract', '--types', 'quotes,officials', 'fixtures/smolensk-nine-uavs.txt']);
    const rec = parseNdjson(r.stdout)[0]!;
    expect(Object.keys(rec)).toEqual(['id', 'source', 'language', 'officials', 'quotes']);
  });
});

describe('--link', () => {
  it('gives officials and regions entity ids shared across articles with different spellings', async () => {
    const r = await runCli(['extract', '--link', '--types', 'officials,regions', 'fixtures/smolensk-drone-alert.txt', 'fixtures/smolensk-nine-uavs.txt']);
    const recs = parseNdjson(r.stdout);
    for (const rec of recs) expect(schemaErrors(rec)).toEqual([]);
    const ids = recs.map((rec) => rec.officials.map((o: { entity: string }) => o.entity));
    expect(ids.flat().every((id: string) => /^person:/.test(id))).toBe(true);
    expect(ids[0]).toEqual(ids[1]); // Anohin in one article, Anokhin in the other
    const regionIds = recs.map((rec) => new Set(rec.regions.map((x: { entity: string }) => x.entity)));
    expect([...regionIds[0]!].filter((id) => regionIds[1]!.has(id))).toContain(recs[1]!.regions[0]!.entity);
  });
});

describe('command line', () => {
  it('prints the schema, the version and help with examples', async () => {
    const schema = await runCli(['schema']);
    expect(JSON.parse(schema.stdout).$schema).toMatch(/json-schema/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(version.code).toBe(0);
    const help = await runCli(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
  });

  it.each([['--help'], ['extract --help'], ['schema'], ['summarize fixtures']])('stops quietly when the reader of `%s` goes away (| head -1)', async (args) => {
    const r = await new Promise<{ stdout: string; stderr: string; status: string }>((resolve) => {
      const child = spawn('bash', ['-c', `"${process.execPath}" "${BIN}" ${args} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', () => resolve({ stdout, stderr: stderr.replace(/status=\d+\n/, ''), status: /status=(\d+)/.exec(stderr)?.[1] ?? '' }));
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    // the output may all have fitted in the pipe before the reader went: then the run completed
    expect(withoutLastLine(r.stderr)).toBe('');
    expect(r.status).toBe('0');
  });

  it('exits 2 on a usage error', async () => {
    expect((await runCli(['extract', '--format', 'xml', 'fixtures/'])).code).toBe(2);
    expect((await runCli(['extract', '--types', 'weather', 'fixtures/'])).code).toBe(2);
    expect((await runCli(['extract', '--published', 'yesterday', 'fixtures/'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('says every usage error after one prefix, commander\'s and ours alike', async () => {
    const errors = await Promise.all([
      runCli(['extract', '--nope', 'fixtures/']),
      runCli(['extract', '--format', 'xml', 'fixtures/']),
      runCli(['summarize', '--since', '2025-10-05', '--until', '2025-10-01', 'fixtures/']),
      runCli(['extract', 'fixtures/', '-o', '/no/such/folder/out.ndjson']),
    ]);
    for (const r of errors) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^newsfacts: \S/);
      expect(r.stderr).not.toMatch(/^error:/m);
    }
  });

  it('takes a format in any case', async () => {
    const r = await runCli(['extract', '--format', 'CSV', 'fixtures/smolensk-drone-alert.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^article,published,type,/);
    const j = await runCli(['extract', '--format', 'Json', '--input-format', 'TEXT', '-'], { input: 'The mayor of Leeds said on Monday that 12 homes flooded.' });
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toHaveLength(1);
  });

  it('shows each default once, in words where a number or list says less', async () => {
    const help = (await runCli(['extract', '--help'])).stdout;
    expect(help).not.toMatch(/\(default: false\)/);
    expect(help).not.toMatch(/\(default: [^)]*\)\s*\(default:/);
    expect(help).toMatch(/--types[\s\S]*\(default: all\)/);
    expect(help).toMatch(/--max-bytes[\s\S]*\(default: 10M\)/);
    expect(help.replace(/\s+/g, ' ')).toMatch(/\(default: the number of cores\)/);
  });
});
