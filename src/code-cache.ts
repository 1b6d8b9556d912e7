/**
 * Runs a CommonJS file of dist/ that the build made (the bundle, compromise's build) as a vm.Script
 * compiled from the V8 code cache the build kept beside it: Node keeps no code cache of its own for
 * a required file, and compiling a large file and each function at its first call is much of a
 * one-article run (docs/runtime.md). Without a current cache the file compiles from its source:
 * slower, same results.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/**
 * What became of a file's code cache: used; rejected by V8 (made by another Node or under other
 * flags); made for another build of the file; absent; or not asked for.
 */
export type CodeCacheState = 'accepted' | 'rejected' | 'stale' | 'missing' | 'off';

/** A file run from here, with what the build needs to write its cache. */
export interface CompiledFile {
  exports: unknown;
  script: vm.Script;
  /** The build id on the file's first line; the cache file starts with the same. */
  buildId: string;
  cacheFile: string;
  cache: CodeCacheState;
}

/** A file's first line names its build, `// … build <id>` (the build scripts write it). */
const BUILD_LINE = /^\/\/ [^\n]*\bbuild (?<id>[0-9a-f]{16})\b[^\n]*\n/;

/** The cache of a file lies beside it. */
export const codeCacheFileOf = (file: string): string => `${file}.cache`;

// The file runs as the body of a CommonJS module; `importMetaUrl` is what esbuild puts in place of
// `import.meta.url` in the bundle. All on the file's first line, so its line numbers stay as they are.
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname, importMetaUrl) {';
const WRAP_TAIL = '\n})';

/** Every file this copy of the module ran, so that the build's training run can write their caches. */
const compiledFiles: CompiledFile[] = [];

/** The cached code for a build id, or why there is none. */
function readCodeCache(cacheFile: string, buildId: string): Buffer | 'stale' | 'missing' {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return 'missing';
  }
  const eol = bytes.indexOf(0x0a);
  return eol > 0 && bytes.toString('latin1', 0, eol) === buildId ? bytes.subarray(eol + 1) : 'stale';
}

/**
 * Loads and runs a built CommonJS file, from its code cache unless told not to; undefined when its
 * first line names no build (a file the build did not make).
 */
export function runBuiltFile(file: string, options: { useCache?: boolean } = {}): CompiledFile | undefined {
  const source = fs.readFileSync(file, 'utf8');
  const buildId = BUILD_LINE.exec(source)?.groups?.id;
  if (!buildId) return undefined;
  const cacheFile = codeCacheFileOf(file);
  const cached = options.useCache === false ? 'off' : readCodeCache(cacheFile, buildId);
  const cachedData = typeof cached === 'string' ? undefined : cached;
  // No importModuleDynamically: the built files load packages with require() (scripts/bundle.mjs checks)
  const script = new vm.Script(WRAP_HEAD + source + WRAP_TAIL, { filename: file, cachedData });
  const cache: CodeCacheState = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as unknown };
  const body = script.runInThisContext() as (...args: unknown[]) => void;
  body.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href);
  const compiled = { exports: module.exports, script, buildId, cacheFile, cache };
  compiledFiles.push(compiled);
  return compiled;
}

/**
 * Writes the code cache of a file run here: the bytecode of every function it has compiled so far,
 * so the build runs the file over example articles first. Written through a temporary file, so a
 * reader never sees half a cache. Returns its size in bytes.
 */
export function writeCodeCache(compiled: CompiledFile): number {
  const data = compiled.script.createCachedData();
  const tmp = `${compiled.cacheFile}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${compiled.buildId}\n`, 'latin1'), data]));
  fs.renameSync(tmp, compiled.cacheFile);
  return data.length;
}

/** Writes the code caches of every file this copy of the module has run: the build's training run calls it. */
export function writeCodeCaches(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const compiled of compiledFiles) sizes[path.basename(compiled.cacheFile)] = writeCodeCache(compiled);
  return sizes;
}
