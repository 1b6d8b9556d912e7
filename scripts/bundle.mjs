#!/usr/bin/env node
// The second half of `npm run build`, after tsc: bundles the compiled modules of dist/ into one
// CommonJS file, dist/newsfacts.cjs, then runs it over the example articles in fixtures/ and keeps
// the code cache of what that compiled, dist/newsfacts.cjs.cache, which src/launch.ts loads
// (docs/runtime.md says why).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bundleFile = path.join(dist, 'newsfacts.cjs');

// The build id pairs the bundle with the cache made from it (launch.ts reads both first lines).
const buildId = crypto.randomBytes(8).toString('hex');
// Packages stay outside, required from node_modules when first needed (compromise, the HTML and CSV
// stacks), except those that every run loads: commander, so that its code is in the cache too,
// and chalk, franc-min's models and trigram-utils (each record's language), ES modules only, which
// require() loads only from Node 20.19 on (engines says 20); their code is in the cache that way too.
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const INSIDE = new Set(['chalk', 'commander', 'franc-min', 'trigram-utils']);
const external = Object.keys(pkg.dependencies).filter((name) => !INSIDE.has(name));
// commander requires child_process at its load, to run a subcommand's own executable, which none of
// ours is: it loads with net, dgram and more (about 5 ms of a one-article run), so commander gets it
// on first use.
const CHILD_PROCESS_ON_FIRST_USE = `let loaded;
module.exports = new Proxy({}, { get: (_, name) => (loaded ??= require('node:child_process'))[name] });`;
const childProcessOnFirstUse = {
  name: 'child-process-on-first-use',
  setup(builder) {
    builder.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'on-first-use' } : undefined);
    builder.onLoad({ filter: /^child_process$/, namespace: 'on-first-use' }, () => ({ contents: CHILD_PROCESS_ON_FIRST_USE, loader: 'js' }));
  },
};
const { metafile } = await build({
  entryPoints: [path.join(dist, 'bundle-entry.js')],
  outfile: bundleFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [childProcessOnFirstUse],
  metafile: true,
  // launch.ts runs the bundle with `importMetaUrl`, the bundle's own file URL, in scope
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: `// newsfacts bundle, build ${buildId}` },
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The bundle runs as a vm script, where import() would need Node's experimental loader hook: a
// package imported dynamically must be required instead (see src/sources/decode.ts).
const dynamic = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => i.path));
if (dynamic.length) throw new Error(`bundle: import() of ${dynamic.join(', ')}; require it instead`);

// Train the cache: one run of the CLI, in this process, over the example articles, in each output
// format, so the bytecode of the functions a real run calls is in it. scripts/training/ adds an
// article of our own whose counts and speakers need compromise's parse, so its build is trained too.
const launch = await import(pathToFileURL(path.join(dist, 'launch.js')).href);
const bundle = launch.loadBundle({ useCache: false });
if (!bundle || bundle.buildId !== buildId) throw new Error('bundle: dist/newsfacts.cjs did not load as the bundle just built');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bundle-'));
try {
  for (const format of ['ndjson', 'csv']) {
    const out = path.join(scratch, `out.${format}`);
    await bundle.exports.main(['node', 'newsfacts', 'extract', '--quiet', '--concurrency', '1', '--format', format, '-o', out, path.join(root, 'fixtures'), path.join(root, 'scripts/training')], {});
    if (process.exitCode) throw new Error(`bundle: the training run over fixtures/ failed (exit code ${process.exitCode})`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
// the bundle's own cache, and those of the files it ran (compromise's build, src/document/nlp.ts)
const { writeCodeCache } = await import(pathToFileURL(path.join(dist, 'code-cache.js')).href);
const bytes = writeCodeCache(bundle);
const others = bundle.exports.writeCodeCaches();
const kb = (n) => `${Math.round(n / 1024)} kB`;
console.log(`bundle: dist/newsfacts.cjs (${kb(fs.statSync(bundleFile).size)}), code cache ${kb(bytes)}; ${Object.entries(others).map(([f, n]) => `${f} ${kb(n)}`).join(', ') || 'no other cache'}`);
