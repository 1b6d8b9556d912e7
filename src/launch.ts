// Starts newsfacts from its bundle, dist/newsfacts.cjs (scripts/bundle.mjs), compiled from the code
// cache the build made for it: a record of one article is mostly start-up, which this saves
// (docs/runtime.md). The compiled modules of dist/ stay the fallback.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { codeCacheFileOf, runBuiltFile, type CompiledFile } from './code-cache.js';

// Node compiles its own modules from the code cache built into it only while V8's flags are the
// ones it was built with: once a flag changes, each module loaded after that compiles from source.
// So the ones every run of the bundle loads are loaded before the flag below (docs/runtime.md). A
// worker starts with the flag already set, so it gains nothing by it.
const NODE_MODULES_EVERY_RUN = ['node:net', 'node:os', 'node:perf_hooks', 'node:tty'];
if (isMainThread) for (const name of NODE_MODULES_EVERY_RUN) createRequire(import.meta.url)(name);

// Set before the bundle compiles, here and in every worker, since the code cache records the flags.
// Our regular expressions each run over whole articles: compile each made from here on to machine
// code at its first run, not after one in the interpreter. Not --no-regexp-tier-up: a regular
// expression the interpreter ran before that flag changes is then called as machine code, and the
// process crashes now and then (docs/runtime.md).
// And optimise a function only after 8 times the work V8 waits for by default: a one-article run
// then spends far less time optimising code it will not run again, and a long batch no more.
v8.setFlagsFromString(`--regexp-tier-up-ticks=0 --interrupt-budget=${8 * 67_584}`);

export const BUNDLE_FILE = fileURLToPath(new URL('./newsfacts.cjs', import.meta.url));
export const CODE_CACHE_FILE = codeCacheFileOf(BUNDLE_FILE);
const COMPILED_CLI = fileURLToPath(new URL('./cli.js', import.meta.url));
/** The script of a worker started from the bundle. */
export const LAUNCH_WORKER = new URL('./launch-worker.js', import.meta.url);

/** What the bundle's entry (src/bundle-entry.ts) exports. */
export interface BundleExports {
  main(argv: string[], launch: { workerUrl?: URL }): Promise<void>;
  runWorker(): void;
  /** Writes the code caches of the files the bundle itself ran (compromise's build). */
  writeCodeCaches(): Record<string, number>;
}

export interface LoadedBundle extends CompiledFile {
  exports: BundleExports;
}

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
  return runBuiltFile(BUNDLE_FILE, options) as LoadedBundle | undefined;
}

/** Entry point of bin/newsfacts: the bundle when there is one, else the compiled modules. */
export async function main(argv: string[]): Promise<void> {
  const bundle = loadBundle();
  if (bundle) return bundle.exports.main(argv, { workerUrl: LAUNCH_WORKER });
  const cli = await import('./cli.js');
  return cli.main(argv);
}
