// Where `-o` writes: a regular file (or a new one) is replaced atomically, a special file is written
// in place, a symlink leads to its target, and a folder or a missing folder is refused up front.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { OutputRefused, outputTarget } from '../../src/output/output-target.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsfacts-target-')));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const at = (name: string) => path.join(tmp, name);

/** The refusal's message, or a failure if the path was accepted. */
function refusal(given: string): string {
  try {
    outputTarget(given);
  } catch (err) {
    expect(err).toBeInstanceOf(OutputRefused);
    return (err as Error).message;
  }
  throw new Error(`${given} was accepted`);
}

describe('outputTarget', () => {
  it('replaces a regular file, or creates a new one, atomically', () => {
    fs.writeFileSync(at('old.ndjson'), 'old\n');
    expect(outputTarget(at('old.ndjson'))).toEqual({ kind: 'replace', path: at('old.ndjson') });
    expect(outputTarget(at('new.ndjson'))).toEqual({ kind: 'replace', path: at('new.ndjson') });
  });

  it('follows a symlink to the file it names, and to a file it would create', () => {
    fs.writeFileSync(at('real.csv'), 'x\n');
    fs.symlinkSync('real.csv', at('link.csv'));
    fs.symlinkSync(at('not-yet.csv'), at('dangling.csv'));
    expect(outputTarget(at('link.csv'))).toEqual({ kind: 'replace', path: at('real.csv') });
    expect(outputTarget(at('dangling.csv'))).toEqual({ kind: 'replace', path: at('not-yet.csv') });
  });

  it('writes character devices and the process\'s own descriptors in place', () => {
    expect(outputTarget('/dev/null')).toEqual({ kind: 'direct', path: '/dev/null' });
    fs.symlinkSync('/dev/null', at('to-null'));
    expect(outputTarget(at('to-null'))).toEqual({ kind: 'direct', path: '/dev/null' });
    expect(outputTarget('/dev/stdout').kind).toBe('direct');
  });

  it('writes a FIFO in place', () => {
    try {
      execFileSync('mkfifo', [at('fifo')]);
    } catch {
      console.warn('skipped: mkfifo is not available on this platform');
      return;
    }
    expect(outputTarget(at('fifo'))).toEqual({ kind: 'fifo', path: at('fifo') });
  });

  it('connects to a socket', async () => {
    const server = net.createServer().listen(at('sock'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect(outputTarget(at('sock'))).toEqual({ kind: 'socket', path: at('sock') });
    } finally {
      server.close();
    }
  });

  it('refuses a folder, a missing folder and a file used as a folder, naming the path given', () => {
    fs.mkdirSync(at('dir'));
    fs.writeFileSync(at('plain'), '');
    expect(refusal(at('dir'))).toBe(`cannot write ${at('dir')}: it is a folder`);
    expect(refusal('.')).toBe('cannot write .: it is a folder');
    expect(refusal(at('no/such/out.ndjson'))).toBe(`cannot write ${at('no/such/out.ndjson')}: the folder ${at('no/such')} does not exist`);
    expect(refusal(at('plain/out.ndjson'))).toBe(`cannot write ${at('plain/out.ndjson')}: ${at('plain')} is not a folder`);
  });

  it('refuses a symlink to a folder and a loop of symlinks', () => {
    fs.symlinkSync('dir', at('to-dir'));
    fs.symlinkSync('loop-b', at('loop-a'));
    fs.symlinkSync('loop-a', at('loop-b'));
    expect(refusal(at('to-dir'))).toBe(`cannot write ${at('to-dir')}: it is a folder`);
    expect(refusal(at('loop-a'))).toBe(`cannot write ${at('loop-a')}: too many levels of symbolic links`);
  });
});
