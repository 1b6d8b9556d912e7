/**
 * A file of lines sorted by the bytes of their keys (each line's bytes up to its first tab),
 * searched by key without reading it whole: the first searches read the file where they look
 * (positioned reads), so a one-article run reads a few kilobytes of data/towns.tsv instead of all
 * of it, and a bigger file costs start-up nothing. Once the reads would have paid for reading the
 * whole file, it is read whole and searched in memory; both give the same answers.
 */
import fs from 'node:fs';

const NEWLINE = 10;
const TAB = 9;
/** The file is searched by blocks of this many bytes: the key of each block's first line first, then the lines of one block. */
const BLOCK = 4096;
/** Positioned reads before the file is read whole: about what reading the towns file whole costs. */
const READS_BEFORE_WHOLE = 1000;
/** How much past a position a read takes to find the end of a line. */
const LINE_READ = 256;

export class SortedLines {
  private whole: Buffer | undefined;
  private reads = 0;
  /** Open for positioned reads until the file is read whole; undefined for a missing file. */
  private fd: number | undefined;
  readonly length: number;
  /** Where each block's first line starts, and that line's key, as they are read. */
  private readonly blockStarts: number[] = [];
  private readonly blockKeys: Buffer[] = [];

  constructor(path: URL) {
    // open from the start, and read whole from the same descriptor: a file replaced during a run
    // (a rebuilt gazetteer) is never read half old, half new
    this.fd = fs.existsSync(path) ? fs.openSync(path, 'r') : undefined;
    this.length = this.fd === undefined ? 0 : fs.fstatSync(this.fd).size;
  }

  /** How many positioned reads so far (the file is read whole after READS_BEFORE_WHOLE). */
  get positionedReads(): number {
    return this.reads;
  }

  /** The file's bytes from `from` up to `to` (fewer at its end). */
  bytes(from: number, to: number): Buffer {
    const end = Math.min(to, this.length);
    if (from >= end) return Buffer.alloc(0);
    if (!this.whole && this.reads >= READS_BEFORE_WHOLE) this.readWhole();
    if (this.whole) return this.whole.subarray(from, end);
    this.reads++;
    return this.readInto(Buffer.allocUnsafe(end - from), from);
  }

  /** `out` filled from the file at `position`: the part read, less at the file's end. */
  private readInto(out: Buffer, position: number): Buffer {
    let got = 0;
    while (got < out.length) {
      const n = fs.readSync(this.fd!, out, got, out.length - got, position + got);
      if (n === 0) break;
      got += n;
    }
    return out.subarray(0, got);
  }

  private readWhole(): void {
    this.whole = this.readInto(Buffer.allocUnsafe(this.length), 0);
    fs.closeSync(this.fd!);
    this.fd = undefined;
  }

  /** Where the first line at or after `at` starts (the file's length when none does). */
  lineStartFrom(at: number): number {
    if (at <= 0) return 0;
    for (let from = at - 1; from < this.length; from += LINE_READ) {
      const newline = this.bytes(from, from + LINE_READ).indexOf(NEWLINE);
      if (newline >= 0) return from + newline + 1;
    }
    return this.length;
  }

  /** The line that starts at `start`, without its newline. */
  lineAt(start: number): Buffer {
    let line = this.bytes(start, start + LINE_READ);
    while (line.indexOf(NEWLINE) < 0 && start + line.length < this.length) line = this.bytes(start, start + line.length * 2);
    const newline = line.indexOf(NEWLINE);
    return newline < 0 ? line : line.subarray(0, newline);
  }

  /** The key of block `b`'s first line, read once: most often on one read of the bytes around the block's start. */
  private blockKey(b: number): Buffer {
    if (this.blockKeys[b] === undefined) {
      const from = Math.max(0, b * BLOCK - 1);
      const head = this.bytes(from, from + 2 * LINE_READ);
      const newline = b === 0 ? -1 : head.indexOf(NEWLINE);
      const tab = newline < 0 && b > 0 ? -1 : head.indexOf(TAB, newline + 1);
      const lineEnd = tab < 0 ? -1 : head.indexOf(NEWLINE, newline + 1);
      if (tab >= 0 && (lineEnd < 0 || tab < lineEnd)) {
        this.blockStarts[b] = from + newline + 1;
        this.blockKeys[b] = head.subarray(newline + 1, tab);
      } else {
        const start = this.lineStartFrom(b * BLOCK);
        const line = start < this.length ? this.lineAt(start) : Buffer.alloc(0);
        const lineTab = line.indexOf(TAB);
        this.blockStarts[b] = start;
        this.blockKeys[b] = lineTab < 0 ? line : line.subarray(0, lineTab);
      }
    }
    return this.blockKeys[b]!;
  }

  /** Where the first line whose key sorts at or after `target` starts (the file's length when none does). */
  lowerBound(target: Buffer): number {
    // the first block whose first line sorts at or after the target: the line is in the block before it, or opens it
    const blocks = Math.ceil(this.length / BLOCK);
    let lo = 0;
    let hi = blocks;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = this.blockKey(mid);
      if (this.blockStarts[mid]! < this.length && Buffer.compare(key, target) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return 0;
    const from = this.blockStarts[lo - 1]!;
    const to = lo < blocks ? this.blockStarts[lo]! : this.length;
    const window = this.bytes(from, to);
    for (let at = 0; at < window.length; ) {
      const newline = window.indexOf(NEWLINE, at);
      const end = newline < 0 ? window.length : newline;
      const tab = window.indexOf(TAB, at);
      if (window.compare(target, 0, target.length, at, tab < 0 || tab > end ? end : tab) >= 0) return from + at;
      at = end + 1;
    }
    return to;
  }

  /** The lines from `start` on whose key is `key`, in the file's order. */
  linesWithKey(start: number, key: Buffer): Buffer[] {
    const lines: Buffer[] = [];
    for (let at = start; at < this.length; ) {
      const line = this.lineAt(at);
      const tab = line.indexOf(TAB);
      if (Buffer.compare(tab < 0 ? line : line.subarray(0, tab), key) !== 0) break;
      lines.push(line);
      at += line.length + 1;
    }
    return lines;
  }
}
