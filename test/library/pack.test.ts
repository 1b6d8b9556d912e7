// The package as a user gets it: `npm pack`, unpacked into a new project's node_modules, imported
// by name from plain ESM and from TypeScript. Offline: the project's own dependencies are linked
// in rather than fetched, and only the ones package.json declares, so a module the library needs
// but does not declare fails here as it would for a user.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ROOT } from '../helpers/cli.js';

const TEXT = 'Mayor John Smith of Springfield said on Tuesday that 12 homes were flooded.';

let project: string;

beforeAll(() => {
  ensureBuilt();
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' }));
  const tarball = path.join(project, packed[0].filename);
  const installed = path.join(project, 'node_modules/newsfacts');
  fs.mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  for (const dep of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    fs.mkdirSync(path.dirname(path.join(project, 'node_modules', dep)), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(project, 'node_modules', dep));
  }
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
}, 120_000);
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

const run = (file: string): Record<string, any> => JSON.parse(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));

it('is imported by name from ESM', () => {
  fs.writeFileSync(
    path.join(project, 'use.mjs'),
    `import { extractText, extract, ITEM_KINDS } from 'newsfacts';
const r = extractText(${JSON.stringify(TEXT)}, { published: '2024-10-08' });
const h = await extract({ html: '<html><body><article><p>' + ${JSON.stringify(TEXT)} + '</p></article></body></html>' });
console.log(JSON.stringify({ kinds: ITEM_KINDS, official: r.officials[0], date: r.dates[0].value, htmlCount: h.counts[0].value }));`,
  );
  expect(run('use.mjs')).toEqual({
    kinds: ['officials', 'regions', 'dates', 'counts', 'quotes', 'organizations'],
    official: expect.objectContaining({ name: 'John Smith', title: 'Mayor', affiliation: 'Springfield' }),
    date: '2024-10-08',
    htmlCount: 12,
  });
});

it('type-checks and runs from strict TypeScript, with the record types exported', () => {
  fs.writeFileSync(
    path.join(project, 'use.ts'),
    `import { extractText, type ArticleRecord, type CountItem, type ExtractTextOptions } from 'newsfacts';
const options: ExtractTextOptions = { published: '2024-10-08', types: ['counts'] };
const record: ArticleRecord = extractText(${JSON.stringify(TEXT)}, options);
const counts: CountItem[] = record.counts ?? [];
console.log(JSON.stringify({ values: counts.map((c) => c.value), items: counts.map((c) => c.item_key) }));`,
  );
  fs.writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, outDir: 'out', types: ['node'] }, files: ['use.ts'] }),
  );
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
  expect(run('out/use.js')).toEqual({ values: [12], items: ['home'] });
});

it('keeps its internals behind the exports map', () => {
  fs.writeFileSync(path.join(project, 'deep.mjs'), `import('newsfacts/dist/pipeline.js').then(() => console.log('"open"'), (e) => console.log(JSON.stringify(e.code)));`);
  expect(run('deep.mjs')).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
});
