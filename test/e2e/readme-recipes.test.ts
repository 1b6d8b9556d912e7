// The README's recipes, run as written on the bundled examples (fixtures/) in a folder of their
// own, with bin/ on the PATH as the README's Install says: each jq recipe and the library script
// must print what the README shows, pandas and DuckDB must give the answers the README states, and
// GNU parallel the records of one run. A tool the machine lacks (jq, pandas, GNU parallel) skips
// its recipes. And every link of the README to a file or a heading must resolve.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ROOT, runCli } from '../helpers/cli.js';
import { duckdb, readmeQueries, readmeRecipes, readmeText } from '../helpers/readme.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-readme-'));
fs.symlinkSync(path.join(ROOT, 'fixtures'), path.join(work, 'fixtures'));
beforeAll(ensureBuilt);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const recipes = readmeRecipes();
const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
/** A Python that has pandas: Debian's python3-pandas lives in the system Python, which a pyenv python3 shadows. */
const PANDAS_PYTHON = ['python3', '/usr/bin/python3'].find((python) => has(python, ['-c', 'import pandas']));

/** Runs a recipe's shell text in the work folder, as a user pastes it into bash. */
function shell(name: string): { status: number | null; stdout: string; stderr: string } {
  const recipe = recipes.get(name);
  if (!recipe) throw new Error(`the README has no recipe ${name}`);
  const env = { ...process.env, NO_COLOR: '1', PATH: `${path.join(ROOT, 'bin')}${path.delimiter}${process.env.PATH}` };
  return spawnSync('bash', ['-c', recipe.code], { cwd: work, env, encoding: 'utf8', timeout: 120_000 });
}

describe('the README recipes', () => {
  it('are all found', () => {
    expect([...recipes.keys()].sort()).toEqual(
      ['jq-drones', 'jq-errors', 'jq-governors', 'jq-timeline', 'library', 'pandas-tables', 'parallel-folder', 'parallel-ndjson', 'tables'].sort(),
    );
  });

  (has('jq', ['--version']) ? it.each : it.skip.each)(['jq-governors', 'jq-drones', 'jq-timeline', 'jq-errors'])('%s prints what the README shows', (name) => {
    const run = shell(name);
    expect(run.stderr).not.toMatch(/jq: error/);
    expect(run.stdout).toBe(recipes.get(name)!.printed);
  });

  it('library prints what the README shows, importing the package by its name', () => {
    // in the project folder, where Node resolves 'newsfacts' to the package itself through its exports
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', recipes.get('library')!.code], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status === 0 ? '' : run.stderr).toBe('');
    expect(run.stdout).toBe(recipes.get('library')!.printed);
  });

  describe('tables', () => {
    beforeAll(() => {
      const run = shell('tables');
      if (run.status !== 0) throw new Error(`the tables recipe failed: ${run.stderr}`);
    });

    it('answer the DuckDB queries as the README says', () => {
      const [quoted, drones, timeline] = duckdb(work, [...readmeQueries().values()]);
      expect(quoted).toEqual([
        { who: 'person:anohin.vasili', name: 'Vasily Anokhin', quotes: '3', articles: '2' },
        { who: 'person:brandt.elena', name: 'Elena Brandt', quotes: '1', articles: '1' },
      ]);
      expect(drones!.map((row) => [row.region, row.drones])).toEqual([
        ['Smolensk Region', '9'],
        ['Bryansk Region', '5'],
        ['Belgorod Region', '2'],
        ['Kursk Region', '1'],
      ]);
      expect(timeline!.map((row) => row.begin)).toEqual(['2024-03-11 18:00:00', '2024-03-12 00:00:00', '2024-03-12 06:00:00', '2024-03-13 18:00:00']);
    });

    (PANDAS_PYTHON ? it : it.skip)('answer the same in pandas', () => {
      const show = "\nimport json\nprint(json.dumps({k: v.to_dict('records') for k, v in {'quoted': quoted, 'drones': drones, 'timeline': timeline}.items()}, default=str))\n";
      const run = spawnSync(PANDAS_PYTHON!, ['-c', recipes.get('pandas-tables')!.code + show], { cwd: work, encoding: 'utf8' });
      expect(run.status === 0 ? '' : run.stderr).toBe('');
      const { quoted, drones, timeline } = JSON.parse(run.stdout);
      expect(quoted[0]).toEqual({ who: 'person:anohin.vasili', name: 'Vasily Anokhin', quotes: 3, articles: 2 });
      expect(drones.map((row: Record<string, unknown>) => [row.region, row.drones])).toEqual([
        ['Smolensk Region', 9],
        ['Bryansk Region', 5],
        ['Belgorod Region', 2],
        ['Kursk Region', 1],
      ]);
      expect(timeline.map((row: Record<string, unknown>) => row.begin)).toEqual(['2024-03-11T18:00:00', '2024-03-12T00:00:00', '2024-03-12T06:00:00', '2024-03-13T18:00:00']);
    });
  });

  describe('GNU parallel', () => {
    const PARALLEL = has('parallel', ['--version']);

    (PARALLEL ? it : it.skip)('splits a folder into the records of one run', async () => {
      const run = shell('parallel-folder');
      expect(run.status).toBe(0);
      const whole = await runCli(['extract', '-q', 'fixtures/'], { cwd: work });
      expect(fs.readFileSync(path.join(work, 'facts.ndjson'), 'utf8')).toBe(whole.stdout);
    });

    (PARALLEL ? it : it.skip)('splits NDJSON into the records of one run', async () => {
      const articles = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((name) => name.endsWith('.txt'));
      const lines = articles.map((name) => JSON.stringify({ id: name, text: fs.readFileSync(path.join(ROOT, 'fixtures', name), 'utf8') }) + '\n');
      fs.writeFileSync(path.join(work, 'articles.ndjson'), lines.join(''));
      const run = shell('parallel-ndjson');
      expect(run.status).toBe(0);
      const whole = await runCli(['extract', '-q', '-'], { cwd: work, input: lines.join('') });
      expect(fs.readFileSync(path.join(work, 'facts.ndjson'), 'utf8')).toBe(whole.stdout);
    });
  });
});

describe('the README links', () => {
  /** GitHub's anchor of a heading: lower case, punctuation but hyphens dropped, spaces to hyphens. */
  const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
  const anchorsOf = (file: string) =>
    new Set([...fs.readFileSync(file, 'utf8').matchAll(/^#{1,6} (?<heading>.+)$/gm)].map((m) => anchor(m.groups!.heading!)));

  it('name files that exist and headings that are there', () => {
    const broken: string[] = [];
    for (const m of readmeText().matchAll(/\]\((?<target>[^)\s]+)\)/g)) {
      const target = m.groups!.target!;
      if (/^[a-z]+:/.test(target)) continue;
      const [file, fragment] = target.split('#');
      const resolved = path.join(ROOT, file || 'README.md');
      if (!fs.existsSync(resolved)) broken.push(target);
      else if (fragment && resolved.endsWith('.md') && !anchorsOf(resolved).has(fragment)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
