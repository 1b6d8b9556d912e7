// `newsfacts report` as a user runs it, from the built CLI: the page written atomically to -o or to
// standard output with -o -, records read without extracting again, and `extract` kept free of the
// report's packages (its first record must not wait for Plot, d3, linkedom or world-atlas).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, ensureBuilt, ROOT, runCli } from '../helpers/cli.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-report-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const REPORT_PACKAGES = ['@observablehq/plot', 'd3-geo', 'topojson-client', 'linkedom', 'world-atlas/countries-110m.json'];

/** The packages a run of the CLI requires, by name (a preloaded hook on Node's module loader lists them). */
function packagesLoaded(args: string[]): string[] {
  const hook = path.join(tmp, 'list-packages.cjs');
  fs.writeFileSync(
    hook,
    `const Module = require('module'); const load = Module._load; const seen = new Set();
Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(tmp, 'loaded.json'))}, JSON.stringify([...seen])));`,
  );
  const run = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  return JSON.parse(fs.readFileSync(path.join(tmp, 'loaded.json'), 'utf8'));
}

describe('newsfacts report', () => {
  it('writes the page to -o atomically, from articles or from the records extract made', async () => {
    const page = path.join(tmp, 'report.html');
    const r = await runCli(['report', '--quiet', 'fixtures', '-o', page]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = fs.readFileSync(page, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(fs.readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const records = await runCli(['extract', '--include-text', 'fixtures']);
    const fromRecords = await runCli(['report', '--quiet', '-o', '-', '-'], { input: records.stdout });
    expect(fromRecords.code).toBe(0);
    // the same records give the same page, whether extracted here or read as they are
    expect(fromRecords.stdout).toBe(html);
  });

  it('is listed in the help; extract and its help load none of the report packages', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('report [options] [inputs...]');
    expect(packagesLoaded(['extract', 'fixtures/smolensk-nine-uavs.txt']).filter((p) => REPORT_PACKAGES.includes(p))).toEqual([]);
    expect(packagesLoaded(['--help']).filter((p) => REPORT_PACKAGES.includes(p))).toEqual([]);
    // the hook sees them when report does load them
    expect(packagesLoaded(['report', '--quiet', 'fixtures/smolensk-nine-uavs.txt', '-o', path.join(tmp, 'one.html')])).toEqual(expect.arrayContaining(['@observablehq/plot', 'linkedom', 'world-atlas/countries-110m.json']));
  });
});
