import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/newsfacts');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * End-to-end tests run the built CLI; build it first (`npm run build`: the compiled modules, then
 * the bundle and its code cache) when the sources are newer than the build's last output.
 */
export function ensureBuilt(): void {
  const last = path.join(ROOT, 'dist/newsfacts.cjs.cache');
  if (fs.existsSync(last) && fs.statSync(last).mtimeMs >= newestMtime(path.join(ROOT, 'src'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/newsfacts with arguments and optional standard input. */
export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export function parseNdjson(out: string): Record<string, any>[] {
  return out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** The last line every completed run writes on stderr (output/run-figures.ts), whose time varies. */
const LAST_LINE = /^newsfacts: \d+ articles? (?:\(\d+ errors?\) )?in [\dhms.]+(?: s)?(?:, [\d.]+ articles\/s)?(?:; \d+ already in .+)?\n/m;

/** Stderr without the run's last line: what a test of the other lines compares. */
export function withoutLastLine(stderr: string): string {
  return stderr.replace(LAST_LINE, '');
}
