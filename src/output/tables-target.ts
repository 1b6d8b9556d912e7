import fs from 'node:fs';
import path from 'node:path';
import { OutputRefused, outputTarget } from './output-target.js';
import { reasonOf } from './write-failure.js';

/**
 * Whether `-o given` names the folder of the tidy tables: with `--format csv`, a path that ends in
 * `/` or a folder that exists (a link to one too). Any other `-o` with CSV is the long CSV's file.
 */
export function namesTablesFolder(given: string, format: string): boolean {
  if (format !== 'csv') return false;
  if (given.endsWith('/') || given.endsWith(path.sep)) return true;
  try {
    return fs.statSync(given).isDirectory();
  } catch {
    return false;
  }
}

/** The tables' folder: one that exists (its real path), or a new one, whose parent folder exists. */
export type TablesTarget = { kind: 'existing' | 'new'; path: string };

/** Where `-o given/` writes the tables; throws OutputRefused, naming `given`, for a path that cannot be a folder of them. */
export function tablesTarget(given: string): TablesTarget {
  try {
    if (fs.statSync(given).isDirectory()) return { kind: 'existing', path: fs.realpathSync(given) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new OutputRefused(`cannot write ${given}: ${reasonOf(err)}`);
  }
  // what is not a folder yet: the file target's checks (its parent folder, links) say where it goes
  const target = outputTarget(given);
  if (target.kind === 'replace' && !fs.existsSync(target.path)) return { kind: 'new', path: target.path };
  throw new OutputRefused(`cannot write ${given}: it is not a folder`);
}
