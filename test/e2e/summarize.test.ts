// `newsfacts summarize` as a user runs it: hand-made record files in, the claims out as NDJSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, parseNdjson, runCli } from '../helpers/cli.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-claims-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const count = (text: string, value: number, item: string, item_key: string, region: string | undefined, when: string | null, source: string | null, role = 'single') =>
  ({ text, value, item, item_key, ...(region ? { region } : {}), when, source, role, start: 0, end: text.length });

const rec = (id: string, regions: string[], counts: object[]) => ({
  id,
  source: { kind: 'file', path: `${id}.txt` },
  officials: [{ name: 'Vyacheslav Gladkov', title: 'Governor', affiliation: 'Belgorod Region', aliases: [], mentions: [] }],
  regions: regions.map((name) => ({ name, kind: 'region', mentions: [] })),
  dates: [],
  counts,
  quotes: [],
  organizations: [],
});

/** Three outlets report the ministry's eight drones of one night, one the governor's nine; a Kursk figure two days on. */
function writeRecords(): string {
  const dir = path.join(tmp, 'records');
  fs.mkdirSync(dir, { recursive: true });
  const lines = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  fs.writeFileSync(path.join(dir, 'outlet-a.ndjson'), lines([
    rec('a1', ['Belgorod Region'], [count('eight drones', 8, 'drones', 'drone', 'Belgorod Region', '2025-10-08TNI', 'Defence Ministry'), count('nine UAVs', 9, 'UAVs', 'drone', 'Belgorod Region', '2025-10-08T03:00', 'Gladkov')]),
    rec('a2', ['Belgorod region'], [count('8 drones', 8, 'drones', 'drone', 'Belgorod region', '2025-10-08', 'the Defence Ministry')]),
  ]));
  fs.writeFileSync(path.join(dir, 'outlet-b.ndjson'), lines([
    rec('b1', ['Belgorod Oblast', 'Kursk Region'], [
      count('eight drones', 8, 'drones', 'drone', 'Belgorod Oblast', '2025-10-08T00:00/2025-10-08T05:00', 'defence ministry'),
      count('three drones', 3, 'drones', 'drone', 'Kursk Region', '2025-10-10', 'Defence Ministry'),
      count('a drone', 1, 'drone', 'drone', 'Belgorod Region', '2025-10-07', null),
    ]),
  ]));
  return dir;
}

describe('newsfacts summarize --format ndjson', () => {
  it('writes one line per claim of the days and region asked for, the records read as they are', async () => {
    const dir = writeRecords();
    const r = await runCli(['summarize', '-q', '--format', 'ndjson', '--since', '2025-10-08', '--region', 'belgorod oblast', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const claims = parseNdjson(r.stdout);
    expect(claims.map((c) => [c.day, c.item, c.region, c.value, c.source, c.articleCount])).toEqual([
      ['2025-10-08', 'drone', 'Belgorod Region', 8, 'Defence Ministry', 3],
      ['2025-10-08', 'drone', 'Belgorod Region', 9, 'Vyacheslav Gladkov', 1],
    ]);
    expect(claims[0]!.reports.map((x: { article: string }) => x.article)).toEqual(['a1', 'a2', 'b1']);
  });

  it('writes to -o atomically, leaving no temporary file', async () => {
    const dir = writeRecords();
    const target = path.join(tmp, 'out', 'claims.ndjson');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const r = await runCli(['summarize', '-q', '--format', 'ndjson', '--until', '2025-10-07', '-o', target, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseNdjson(fs.readFileSync(target, 'utf8')).map((c) => [c.day, c.value, c.source])).toEqual([['2025-10-07', 1, null]]);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['claims.ndjson']);
  });

  it('refuses a malformed day with a usage error (exit 2)', async () => {
    const r = await runCli(['summarize', '--since', '8 October', writeRecords()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since.*YYYY-MM-DD/);
    expect(r.stdout).toBe('');
  });
});
