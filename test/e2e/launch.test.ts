import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, ROOT, runCli, withoutLastLine } from '../helpers/cli.js';

// bin/newsfacts runs the bundle dist/newsfacts.cjs from its V8 code cache (src/launch.ts), and
// falls back to the compiled modules of dist/. Whichever runs, the output must be the same, and a
// cache that does not belong to the bundle must never be used.

beforeAll(() => ensureBuilt());

/** How a loader in `dist` of `root` starts: which code runs and what became of the cache. */
function launchState(root: string, nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): string {
  const launch = path.join(root, 'dist/launch.js');
  const script = `import(${JSON.stringify(launch)}).then((m) => { const b = m.loadBundle(); console.log(b ? 'bundle ' + b.cache : 'modules'); })`;
  return execFileSync(process.execPath, [...nodeArgs, '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
}

/** What became of the code cache of compromise's build when a process of `root` loads it. */
function compromiseState(root: string): string {
  const script = `import(${JSON.stringify(path.join(root, 'dist/launch.js'))}).then(() => import(${JSON.stringify(path.join(root, 'dist/code-cache.js'))}))` +
    `.then((m) => console.log(m.runBuiltFile(${JSON.stringify(path.join(root, 'dist/compromise.cjs'))}).cache))`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

// a count whose item only compromise's parse finds ("two lively meetings"), so that compromise loads
const PARSED = 'Mayor John Smith of Springfield said on Tuesday that the office conducted two lively public meetings.';

describe('the bundle and its code cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-launch-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Governor Jane Roe of the Tver Region said on Monday: “Five drones were shot down.” She added that two people were hurt.');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Mayor John Smith of Springfield said on Tuesday that “the storm is over”, and the Ministry of Defense (MoD) said 12 drones were destroyed.');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads the bundle from the cache the build made for it', () => {
    expect(launchState(ROOT)).toBe('bundle accepted');
  });

  it('loads compromise’s build from the cache the build trained for it', () => {
    expect(compromiseState(ROOT)).toBe('accepted');
  });

  it('uses the compiled modules when NEWSFACTS_BUNDLE=0', () => {
    expect(launchState(ROOT, [], { NEWSFACTS_BUNDLE: '0' })).toBe('modules');
  });

  it('compiles from source when V8 rejects the cache (made under other V8 flags, as another Node would)', () => {
    expect(launchState(ROOT, ['--no-opt'])).toBe('bundle rejected');
  });

  // V8 rejects node's own code cache for every module of node loaded after the launcher sets its flag
  it('loads the modules of node that an extraction needs from node’s own code cache', () => {
    const report = path.join(dir, 'report-builtins.cjs');
    fs.writeFileSync(
      report,
      "const { internalBinding } = require('internal/test/binding');\n" +
        "process.on('exit', () => require('fs').writeSync(2, '\\nwithout cache: ' + [...internalBinding('builtins').getCacheUsage().compiledWithoutCache].join(' ') + '\\n'));\n",
    );
    const run = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '-r', report, BIN, 'extract', path.join(dir, 'a.txt')], { encoding: 'utf8' });
    const withoutCache = /without cache: (?<names>.*)/.exec(run.stderr)?.groups?.names?.split(' ') ?? ['(no report)'];
    const everyRun = ['child_process', 'dgram', 'net', 'os', 'perf_hooks', 'internal/perf/performance', 'tty', 'worker_threads', 'zlib'];
    expect(withoutCache.filter((name) => everyRun.includes(name))).toEqual([]);
  });

  for (const [format, workers] of [['ndjson', '1'], ['ndjson', '2'], ['csv', '2']] as const) {
    it(`writes the same ${format} from the bundle as from the modules, ${workers} worker(s)`, async () => {
      const args = ['extract', '--format', format, '-j', workers, '--published', '2025-10-08', dir];
      // workers start at once (parallel/pool.ts), so that they too run from the bundle
      const bundled = await runCli(args, { env: { NEWSFACTS_EAGER_WORKERS: '1' } });
      const modules = await runCli(args, { env: { NEWSFACTS_BUNDLE: '0', NEWSFACTS_EAGER_WORKERS: '1' } });
      expect(bundled.code).toBe(0);
      expect(withoutLastLine(bundled.stderr)).toBe(withoutLastLine(modules.stderr));
      expect(bundled.stdout).toBe(modules.stdout);
      expect(bundled.stdout).toContain('Jane Roe');
    });
  }

  // each script's models are indexed at its first text (language/franc-scorer.ts), in the bundle as in the modules
  it('names the same languages from the bundle as from the modules, in every script', async () => {
    const args = ['extract', '--lang', 'any', '--types', 'regions', path.join(ROOT, 'test/fixtures/languages')];
    const bundled = await runCli(args);
    const modules = await runCli(args, { env: { NEWSFACTS_BUNDLE: '0' } });
    const languages = (out: string) => out.trim().split('\n').map((line) => JSON.parse(line).language);
    expect(languages(bundled.stdout)).toEqual(['de', 'en', 'ja', 'pt', 'ru']);
    expect(languages(modules.stdout)).toEqual(languages(bundled.stdout));
  });

  describe('in a copy of the build', () => {
    let copy: string;
    beforeAll(() => {
      copy = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-launch-copy-'));
      for (const part of ['bin', 'dist', 'data', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true, preserveTimestamps: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    });
    afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));
    const cacheFile = () => path.join(copy, 'dist/newsfacts.cjs.cache');

    it('ignores a cache made for another bundle, and still extracts', async () => {
      const cache = fs.readFileSync(cacheFile());
      const eol = cache.indexOf(0x0a);
      fs.writeFileSync(cacheFile(), Buffer.concat([Buffer.from('0123456789abcdef'), cache.subarray(eol)]));
      try {
        expect(launchState(copy)).toBe('bundle stale');
        const out = execFileSync(process.execPath, [path.join(copy, 'bin/newsfacts'), 'extract', '--published', '2025-10-08', path.join(dir, 'a.txt')], { encoding: 'utf8' });
        expect(JSON.parse(out).officials[0].name).toBe('Jane Roe');
      } finally {
        fs.writeFileSync(cacheFile(), cache);
      }
    });

    it('ignores a cache made for another build of compromise, and extracts the same', () => {
      const file = path.join(dir, 'parsed.txt');
      fs.writeFileSync(file, PARSED);
      const extract = () => execFileSync(process.execPath, [path.join(copy, 'bin/newsfacts'), 'extract', '--published', '2025-10-08', file], { encoding: 'utf8' });
      const cacheOfCompromise = path.join(copy, 'dist/compromise.cjs.cache');
      const cache = fs.readFileSync(cacheOfCompromise);
      const expected = extract();
      expect(JSON.parse(expected).counts[0].item).toBe('lively public meetings');
      fs.writeFileSync(cacheOfCompromise, Buffer.concat([Buffer.from('0123456789abcdef'), cache.subarray(cache.indexOf(0x0a))]));
      try {
        expect(compromiseState(copy)).toBe('stale');
        expect(extract()).toBe(expected);
      } finally {
        fs.writeFileSync(cacheOfCompromise, cache);
      }
    });

    it('runs without a cache', () => {
      const cache = fs.readFileSync(cacheFile());
      fs.rmSync(cacheFile());
      try {
        expect(launchState(copy)).toBe('bundle missing');
      } finally {
        fs.writeFileSync(cacheFile(), cache);
      }
    });

    it('falls back to the modules when they are newer than the bundle (tsc run without the bundling step)', () => {
      const later = new Date(Date.now() + 60_000);
      fs.utimesSync(path.join(copy, 'dist/cli.js'), later, later);
      expect(launchState(copy)).toBe('modules');
    });
  });
});
