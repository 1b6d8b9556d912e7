// Starts newsfacts from its bundle, dist/newsfacts.cjs (scripts/bundle.mjs), compiled from the code
// cache the build made for it: a record of one article is mostly start-up, which this saves
// (docs/runtime.md). The compiled modules of dist/ stay the fallback.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// Our regular expressions each run over whole articles: compile them at once, not after a first
// run. Set before anything compiles, here and in every worker, since the code cache records it.
v8.setFlagsFromString('--no-regexp-tier-up');

export const BUNDLE_FILE = fileURLToPath(new URL('./newsfacts.cjs', import.meta.url));
export const CODE_CACHE_FILE = `${BUNDLE_FILE}.cache`;
const COMPILED_CLI = fileURLToPath(new URL('./cli.js', import.meta.url));
/** The script of a worker started from the bundle. */
export const LAUNCH_WORKER = new URL('./launch-worker.js', import.meta.url);

/** What the bundle's entry (src/bundle-entry.ts) exports. */
export interface BundleExports {
  main(argv: string[], launch: { workerUrl?: URL }): Promise<void>;
  runWorker(): void;
}

/**
 * What became of the code cache: used; rejected by V8 (made by another Node); made for another
 * bundle; absent; or not asked for.
 */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'missing' | 'off';

export interface LoadedBundle {
  exports: BundleExports;
  script: vm.Script;
  buildId: string;
  cache: CodeCacheState;
}

/** The bundle's first line, written by scripts/bundle.mjs; the cache file starts with the same id. */
const BUILD_LINE = /^\/\/ newsfacts bundle (?<id>[0-9a-f]+)\n/;

// The bundle runs as the body of a CommonJS module; `importMetaUrl` is what esbuild puts in place
// of `import.meta.url`. All on the bundle's first line, so its line numbers stay as they are.
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname, importMetaUrl) {';
const WRAP_TAIL = '\n})';

const mtimeOf = (file: string): number | undefined => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/** Loads and runs the bundle, with its code cache unless told not to; undefined when it should not be used. */
export function loadBundle(options: { useCache?: boolean } = {}): LoadedBundle | undefined {
  if (process.env.NEWSFACTS_BUNDLE === '0') return undefined;
  const bundleTime = mtimeOf(BUNDLE_FILE);
  const compiledTime = mtimeOf(COMPILED_CLI);
  if (bundleTime === undefined || (compiledTime !== undefined && compiledTime > bundleTime)) return undefined;
  const source = fs.readFileSync(BUNDLE_FILE, 'utf8');
  const buildId = BUILD_LINE.exec(source)?.groups?.id;
  if (!buildId) return undefined;

  let cache: CodeCacheState = options.useCache === false ? 'off' : 'missing';
  let cachedData: Buffer | undefined;
  if (cache === 'missing') {
    try {
      const bytes = fs.readFileSync(CODE_CACHE_FILE);
      const eol = bytes.indexOf(0x0a);
      if (eol > 0 && bytes.toString('latin1', 0, eol) === buildId) cachedData = bytes.subarray(eol + 1);
      else cache = 'stale';
    } catch {
      // no cache: compiled from the source
    }
  }
  // No importModuleDynamically: the bundle loads packages with require() (scripts/bundle.mjs checks)
  const script = new vm.Script(WRAP_HEAD + source + WRAP_TAIL, { filename: BUNDLE_FILE, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as BundleExports };
  const body = script.runInThisContext() as (...args: unknown[]) => void;
  body.call(module.exports, module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, path.dirname(BUNDLE_FILE), pathToFileURL(BUNDLE_FILE).href);
  return { exports: module.exports, script, buildId, cache };
}

/**
 * Writes the code cache of a loaded bundle: the bytecode of every function it has compiled so
 * far, so the build runs the bundle over example articles first. Written beside the bundle
 * through a temporary file, so a reader never sees half a cache.
 */
export function writeCodeCache(bundle: LoadedBundle): number {
  const data = bundle.script.createCachedData();
  const tmp = `${CODE_CACHE_FILE}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${bundle.buildId}\n`, 'latin1'), data]));
  fs.renameSync(tmp, CODE_CACHE_FILE);
  return data.length;
}

/** Entry point of bin/newsfacts: the bundle when there is one, else the compiled modules. */
export async function main(argv: string[]): Promise<void> {
  const bundle = loadBundle();
  if (bundle) return bundle.exports.main(argv, { workerUrl: LAUNCH_WORKER });
  const cli = await import('./cli.js');
  return cli.main(argv);
}
