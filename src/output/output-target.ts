import fs from 'node:fs';
import path from 'node:path';
import { reasonOf } from './write-failure.js';

/**
 * What `-o` writes, decided before any work: a regular file, or a path that does not exist yet, is
 * replaced atomically (`replace`); a device is opened and written in place (`direct`), as is a
 * descriptor of this process (`/dev/stdout`); a FIFO is written in place once a reader opens it
 * (`fifo`); a socket is connected to. A symlink leads to what
 * it names, so the link itself is kept.
 */
export type OutputTarget = { kind: 'replace' | 'direct' | 'fifo' | 'socket'; path: string };

/** A path `-o` cannot write; the message names the path as the user gave it. */
export class OutputRefused extends Error {}

/** As the kernel's limit (MAXSYMLINKS): more hops than this is a loop. */
const MAX_LINK_HOPS = 40;
/** This process's own descriptors (`/dev/stdout` leads here): written in place, whatever they hold. */
const OWN_DESCRIPTOR = /^\/proc\/(?<process>[^/]+)\/fd\/(?<fd>\d+)$/;

export function outputTarget(given: string): OutputTarget {
  const refuse = (reason: string): never => {
    throw new OutputRefused(`cannot write ${given}: ${reason}`);
  };
  let at = path.resolve(given);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    // the folder's real path, so that a link's relative target resolves as the kernel resolves it
    const shown = hop === 0 ? path.dirname(given) : path.dirname(at);
    at = path.join(realFolder(path.dirname(at), shown, refuse), path.basename(at));
    if (OWN_DESCRIPTOR.test(at)) return { kind: 'direct', path: at };
    let info: fs.Stats;
    try {
      info = fs.lstatSync(at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'replace', path: at };
      return refuse(reasonOf(err));
    }
    if (info.isSymbolicLink()) at = path.resolve(path.dirname(at), fs.readlinkSync(at));
    else if (info.isFile()) return { kind: 'replace', path: at };
    else if (info.isDirectory()) return refuse('it is a folder');
    else return { kind: info.isSocket() ? 'socket' : info.isFIFO() ? 'fifo' : 'direct', path: at };
  }
  return refuse('too many levels of symbolic links');
}

/** The real path of the folder a target is in (`shown` as the user wrote it); a missing folder, or a file in its place, is refused. */
function realFolder(folder: string, shown: string, refuse: (reason: string) => never): string {
  try {
    const real = fs.realpathSync(folder);
    return fs.statSync(real).isDirectory() ? real : refuse(`${shown} is not a folder`);
  } catch (err) {
    if (err instanceof OutputRefused) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse(`the folder ${shown} does not exist`);
    if (code === 'ENOTDIR') return refuse(`${firstNonFolder(shown)} is not a folder`);
    if (code === 'ELOOP') return refuse('too many levels of symbolic links');
    return refuse(reasonOf(err));
  }
}

/** The first component of a path that exists but is not a folder. */
function firstNonFolder(folder: string): string {
  let at = folder;
  while (path.dirname(at) !== at) {
    const parent = path.dirname(at);
    try {
      if (fs.statSync(parent).isDirectory()) return at;
    } catch {
      /* the parent is not a folder either: go up */
    }
    at = parent;
  }
  return folder;
}
