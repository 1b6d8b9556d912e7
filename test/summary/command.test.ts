import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { addSummarizeCommand, runSummarize } from '../../src/summary/command.js';
import type { Summary } from '../../src/summary/types.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/summary');

function sink(isTTY = false): Writable & { text: string; isTTY?: boolean; columns?: number } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += chunk.toString();
      cb();
    },
  }) as Writable & { text: string; isTTY?: boolean; columns?: number };
  w.text = '';
  if (isTTY) {
    w.isTTY = true;
    w.columns = 90;
  }
  return w;
}

const flags = { inputFormat: 'auto' as const, limit: 25, quiet: true };

describe('summarize command', () => {
  it('reads newsfacts records from a file and writes JSON when not on a terminal', async () => {
    const out = sink();
    const err = sink();
    const code = await runSummarize([path.join(FIXTURES, 'records.ndjson')], flags, { stdout: out, stderr: err });
    expect(code).toBe(1); // the error record in the file is a failed input
    expect(err.text).toContain('NOT_FOUND');
    const s = JSON.parse(out.text) as Summary;
    expect(s.articles).toMatchObject({ count: 3, failed: 1 });
    expect(s.officials.map((o) => [o.name, o.articleCount, o.aliases])).toEqual([
      ['Oleh Kiper', 2, ['Oleh Kipper']],
      ['Volodymyr Zelenskyy', 1, []],
    ]);
    expect(s.quotes.map((q) => [q.speaker, q.quotes.length])).toEqual([
      ['Oleh Kiper', 1],
      ['Volodymyr Zelenskyy', 1],
    ]);
    // seven drones = four in Odesa + three in Mykolaiv: the total is not added again
    expect(s.counts.filter((c) => c.item === 'drone').reduce((n, c) => n + c.total, 0)).toBe(7);
    expect(s.timeline.map((t) => t.value)).toEqual(['2025-03-02', '2025-03-03']);
  });

  it('extracts articles (a folder, NDJSON of articles) that are not records', async () => {
    const out = sink();
    const code = await runSummarize([path.join(FIXTURES, 'articles'), path.join(FIXTURES, 'articles.ndjson')], { ...flags, format: 'json' }, { stdout: out, stderr: sink() });
    expect(code).toBe(0);
    const s = JSON.parse(out.text) as Summary;
    expect(s.articles.ids).toEqual([path.join(FIXTURES, 'articles', 'tver-bridge.txt'), 'inline-article']);
    expect(s.errors).toEqual([]);
  });

  it('reads records from standard input', async () => {
    const out = sink();
    const stdin = Readable.from([Buffer.from('{"id":"s1","source":{"kind":"stdin"},"officials":[{"name":"Ann Lee","title":"Mayor","affiliation":"Dover","aliases":[],"mentions":[]}]}\n')]);
    const code = await runSummarize([], { ...flags, format: 'csv' }, { stdout: out, stderr: sink() }, stdin);
    expect(code).toBe(0);
    expect(out.text.split('\n')[1]).toMatch(/^official,Ann Lee,,Mayor,Dover,/);
  });

  it('writes tables on a terminal, cut to its width', async () => {
    const out = sink(true);
    await runSummarize([path.join(FIXTURES, 'records.ndjson')], flags, { stdout: out, stderr: sink() });
    const plain = out.text.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('Officials (2)');
    expect(plain).toMatch(/Oleh Kiper\s+Oleh Kipper/);
    expect(plain).toMatch(/Volodymyr Zelenskyy\s/);
    for (const line of plain.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(90);
  });

  it('registers `summarize` with its options on a program', async () => {
    const out = sink();
    const program = new Command('newsfacts').exitOverride();
    addSummarizeCommand(program, { stdout: out, stderr: sink() });
    const before = process.exitCode;
    try {
      await program.parseAsync(['node', 'newsfacts', 'summarize', '--format', 'json', '-q', path.join(FIXTURES, 'articles')]);
      expect(process.exitCode).toBe(0);
    } finally {
      process.exitCode = before;
    }
    expect(JSON.parse(out.text).articles.count).toBe(1);
    const bad = new Command('newsfacts').exitOverride().configureOutput({ writeErr: () => {} });
    addSummarizeCommand(bad, { stdout: sink(), stderr: sink() });
    await expect(bad.parseAsync(['node', 'newsfacts', 'summarize', '--format', 'xml'])).rejects.toThrow(/xml/);
  });
});

describe('summarize claims', () => {
  it('writes the claims as NDJSON, one a line', async () => {
    const out = sink();
    await runSummarize([path.join(FIXTURES, 'records.ndjson')], { ...flags, format: 'ndjson' }, { stdout: out, stderr: sink() });
    const claims = out.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(claims.map((c) => [c.day, c.item, c.region, c.value, c.role, c.source])).toEqual([
      ['2025-03-02', 'drone', 'Mykolaiv Oblast', 3, 'part', 'Oleh Kiper'],
      ['2025-03-02', 'drone', 'Odesa Oblast', 4, 'part', 'Oleh Kiper'],
      ['2025-03-02', 'drone', null, 7, 'total', 'Oleh Kiper'],
      ['2025-03-03', 'people', 'Odesa Oblast', 2, 'single', null],
    ]);
  });

  it('reads the README’s records of one night: the ministry’s figures once with every outlet, the governor’s beside them', async () => {
    const out = sink();
    await runSummarize([path.join(FIXTURES, 'claims.ndjson')], { ...flags, format: 'json' }, { stdout: out, stderr: sink() });
    const s = JSON.parse(out.text) as Summary;
    const belgorod = s.claims.filter((c) => c.day === '2025-10-08' && c.region === 'Belgorod Region');
    expect(belgorod.map((c) => [c.value, c.source, c.reports.map((r) => r.article)])).toEqual([
      [2, 'Defence Ministry', ['outlet-a/ministry-night.txt', 'outlet-b/drones-over-three-regions.txt', 'outlet-c/belgorod-governor.txt']],
      [9, 'Vyacheslav Gladkov', ['outlet-c/belgorod-governor.txt']],
    ]);
    expect(s.claims.filter((c) => c.role === 'total').map((c) => [c.value, c.articleCount])).toEqual([[8, 3]]);
    expect(s.claims).toHaveLength(8);
  });

  it('keeps the days, regions and items asked for, in claims and counts alike', async () => {
    const out = sink();
    const given = { ...flags, format: 'json' as const, since: '2025-03-01', until: '2025-03-02', region: ['odesa region', 'Kherson Oblast'], item: ['UAVs'] };
    await runSummarize([path.join(FIXTURES, 'records.ndjson')], given, { stdout: out, stderr: sink() });
    const s = JSON.parse(out.text) as Summary;
    expect(s.claims.map((c) => [c.region, c.value])).toEqual([['Odesa Oblast', 4]]);
    expect(s.counts.map((c) => [c.item, c.region, c.total])).toEqual([['drone', 'Odesa Oblast', 4]]);
    expect(s.totals.map((t) => t.value)).toEqual([7]); // the total covers Odesa Oblast
    expect(s.officials).toHaveLength(2); // the other sections stay whole
  });

  it('takes the filters on the command line and refuses a day that is none, or a range that ends before it starts', async () => {
    const parse = async (args: string[]) => {
      const out = sink();
      const program = new Command('newsfacts').exitOverride().configureOutput({ writeErr: () => {} });
      addSummarizeCommand(program, { stdout: out, stderr: sink() });
      const before = process.exitCode;
      try {
        await program.parseAsync(['node', 'newsfacts', 'summarize', '-q', ...args, path.join(FIXTURES, 'records.ndjson')]);
      } finally {
        process.exitCode = before;
      }
      return out.text;
    };
    const text = await parse(['--format', 'ndjson', '--item', 'people', '--item', 'drones', '--region', 'Mykolaiv', '--region', 'Odesa Oblast', '--since', '2025-03-03']);
    expect(text.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([2]);
    await expect(parse(['--since', '2025-02-30'])).rejects.toThrow(/YYYY-MM-DD/);
    await expect(parse(['--until', '3 March'])).rejects.toThrow(/YYYY-MM-DD/);
    await expect(parse(['--since', '2025-03-04', '--until', '2025-03-03'])).rejects.toThrow(/--since 2025-03-04 is after --until 2025-03-03/);
  });
});

describe('summarize reads JSON arrays of records', () => {
  it('from standard input', async () => {
    const out = sink();
    const recs = [
      { id: 'j1', source: { kind: 'stdin' }, officials: [{ name: 'Oleh Kiper', title: 'Governor', affiliation: 'Odesa Oblast', aliases: [], mentions: [] }] },
      { id: 'j2', source: { kind: 'stdin' }, officials: [{ name: 'Oleh Kipper', title: 'Governor', affiliation: null, aliases: [], mentions: [] }] },
    ];
    const stdin = Readable.from([Buffer.from(JSON.stringify(recs, null, 2))]);
    expect(await runSummarize(['-'], { ...flags, format: 'json' }, { stdout: out, stderr: sink() }, stdin)).toBe(0);
    const s = JSON.parse(out.text) as Summary;
    expect(s.officials.map((o) => [o.name, o.articles])).toEqual([['Oleh Kiper', ['j1', 'j2']]]);
  });
});

describe('summarize over articles it extracts itself', () => {
  it('joins one governor spelled two ways and sums the drones of both articles', async () => {
    const out = sink();
    expect(await runSummarize([path.join(FIXTURES, 'pair')], { ...flags, format: 'json' }, { stdout: out, stderr: sink() })).toBe(0);
    const s = JSON.parse(out.text) as Summary;
    const bogomaz = s.officials.filter((o) => /Bogomaz$/.test(o.name));
    expect(bogomaz).toHaveLength(1);
    expect(bogomaz[0]!.articleCount).toBe(2);
    expect([bogomaz[0]!.name, ...bogomaz[0]!.aliases].sort()).toEqual(['Aleksandr Bogomaz', 'Alexander Bogomaz']);
    expect(s.counts.filter((c) => c.item === 'drone').reduce((n, c) => n + c.total, 0)).toBe(10);
    expect(s.quotes.map((q) => [q.speaker, q.quotes.length])).toEqual([[bogomaz[0]!.name, 2]]);
  });
});
