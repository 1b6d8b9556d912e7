// summarize runs on the batch runner of `extract`: its worker pool (-j), its limits (--max-bytes,
// --timeout) and its atomic output file (-o).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSummarize } from '../../src/summary/command.js';
import type { Summary } from '../../src/summary/types.js';
import { BIN, ensureBuilt, ROOT, runCli } from '../helpers/cli.js';
import { textSink as sink } from '../helpers/text-sink.js';
import { startServer, type TestServer } from '../net/server.js';

const QUIET = { format: 'json' as const, quiet: true, concurrency: 1 };

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-summarize-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('summarize on the worker pool', () => {
  it('gives the same dossier with -j 2 (workers from the start) as with -j 1', async () => {
    const folders = ['fixtures', 'test/fixtures/summary/pair', 'test/fixtures/summary/articles'];
    const one = await runCli(['summarize', '--format', 'json', '-j', '1', ...folders]);
    const two = await runCli(['summarize', '--format', 'json', '-j', '2', ...folders], { env: { NEWSFACTS_EAGER_WORKERS: '1' } });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const s = JSON.parse(one.stdout) as Summary;
    expect(s.articles.count).toBe(6); // two fixtures, a page of fixtures/html, two of the pair, one of articles
    expect(s.officials.map((o) => o.name)).toContain('Vasily Anokhin');
  });
});

describe('summarize takes the limits of extract', () => {
  it('--max-bytes turns a larger article file and NDJSON line into TOO_LARGE', async () => {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, 'Governor Jane Roe of the Tver Region said on Monday that the bridge is open. '.repeat(40));
    const lines = path.join(dir, 'lines.ndjson');
    fs.writeFileSync(lines, JSON.stringify({ id: 'long', text: 'x '.repeat(2000) }) + '\n' + JSON.stringify({ id: 'short', text: 'Mayor Ann Lee of Dover spoke.' }) + '\n');
    const out = sink();
    const err = sink();
    const code = await runSummarize([big, lines], { ...QUIET, maxBytes: 1000 }, { stdout: out, stderr: err });
    expect(code).toBe(1);
    const s = JSON.parse(out.text) as Summary;
    expect(s.articles.ids).toEqual([big, `${lines}:1`, 'short']);
    expect(s.errors.map((e) => [e.article, e.code])).toEqual([
      [big, 'TOO_LARGE'],
      [`${lines}:1`, 'TOO_LARGE'],
    ]);
    expect(err.text).toContain('TOO_LARGE');
    // the default limit (10 MB) takes both
    const all = sink();
    expect(await runSummarize([big, lines], QUIET, { stdout: all, stderr: sink() })).toBe(0);
  });

  describe('on URLs (a local server)', () => {
    let server: TestServer;
    /** How the slow request ended: cut by the client, or answered after the server's 3 s. */
    let closeSlow!: (how: string) => void;
    const slowClosed = new Promise<string>((resolve) => (closeSlow = resolve));
    beforeAll(async () => {
      server = await startServer({
        '/story': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Governor Jane Roe of the Tver Region said on Monday that five drones were shot down.'),
        '/slow': (_q, res) => {
          const t = setTimeout(() => res.end('late'), 3000);
          res.on('close', () => {
            clearTimeout(t);
            closeSlow(res.writableFinished ? 'answered' : 'abandoned');
          });
        },
      });
    });
    afterAll(() => server.close());

    it('--timeout ends a slow fetch as FETCH_FAILED, and the other URL is summarised', async () => {
      const urls = path.join(dir, 'urls.txt');
      fs.writeFileSync(urls, `${server.base}/story\n# a comment\n${server.base}/slow\n`);
      const out = sink();
      const code = await runSummarize([], { ...QUIET, timeout: 0.3, urls }, { stdout: out, stderr: sink() });
      // the fetch was cut, not waited out (a time bound on the whole run failed under load)
      expect(await slowClosed).toBe('abandoned');
      expect(code).toBe(1);
      const s = JSON.parse(out.text) as Summary;
      expect(s.articles.ids).toEqual([`${server.base}/story`, `${server.base}/slow`]);
      expect(s.errors).toEqual([{ article: `${server.base}/slow`, code: 'FETCH_FAILED', message: expect.stringMatching(/timed out after 0\.3 s/) }]);
      expect(s.officials.map((o) => o.name)).toEqual(['Jane Roe']);
    });
  });
});

describe('summarize -o', () => {
  it('writes the dossier to a temporary file beside the target, renamed over it only when the run is done', async () => {
    const target = path.join(dir, 'dossier.json');
    fs.writeFileSync(target, 'old');
    const child = spawn(process.execPath, [BIN, 'summarize', '-q', '-o', target, '-'], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const temporary = () => fs.readdirSync(dir).filter((f) => f.startsWith('.dossier.json.tmp-'));
    try {
      child.stdin.write(JSON.stringify({ id: 'a1', text: 'Mayor Ann Lee of Dover said on Monday that the road is open.' }) + '\n');
      // the run is under way (standard input still open): the old file stands, the new one is a
      // temporary file. Waited for, not given a fixed time: a loaded machine starts the run later.
      while (temporary().length === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fs.readFileSync(target, 'utf8')).toBe('old');
      expect(temporary()).toHaveLength(1);
    } finally {
      child.stdin.end(); // a failed expectation must not leave the run waiting on its input for ever
    }
    expect(await exited).toBe(0);
    const s = JSON.parse(fs.readFileSync(target, 'utf8')) as Summary;
    expect(s.articles.ids).toEqual(['a1']);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.dossier.json.tmp-'))).toEqual([]);
  });

  it('is a usage error when the file cannot be made, and writes nothing to standard output', async () => {
    const r = await runCli(['summarize', '-o', path.join(dir, 'no', 'such', 'dir.json'), 'fixtures']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot write/);
  });
});
