/** Most items a block holds before it splits: inserts shift one block, walks cross few. */
const BLOCK = 512;

/**
 * Items sorted by a numeric key, in blocks of at most BLOCK: an insert shifts one block instead of
 * the whole list (a sorted array grown by splice is quadratic over a long article), and walks from
 * a key cost a binary search and one step per item. An item goes after every item with its key.
 */
export class SortedList<T> {
  private readonly blocks: T[][] = [];

  /** `sorted` must be in key order. */
  constructor(
    private readonly key: (item: T) => number,
    sorted: readonly T[] = [],
  ) {
    for (let i = 0; i < sorted.length; i += BLOCK) this.blocks.push(sorted.slice(i, i + BLOCK));
  }

  /** The block and index of the first item whose key is not `before` the given key. */
  private seek(below: (k: number) => boolean): [number, number] {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const block = this.blocks[mid]!;
      if (below(this.key(block[block.length - 1]!))) lo = mid + 1;
      else hi = mid;
    }
    const block = this.blocks[lo];
    if (!block) return [lo, 0];
    let i = 0;
    let j = block.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (below(this.key(block[mid]!))) i = mid + 1;
      else j = mid;
    }
    return [lo, i];
  }

  insert(item: T): void {
    const k = this.key(item);
    let [b, i] = this.seek((x) => x <= k);
    if (b === this.blocks.length) {
      if (b === 0) {
        this.blocks.push([item]);
        return;
      }
      b--;
      i = this.blocks[b]!.length;
    }
    const block = this.blocks[b]!;
    block.splice(i, 0, item);
    if (block.length > 2 * BLOCK) this.blocks.splice(b + 1, 0, block.splice(BLOCK));
  }

  /** Calls `visit` on the items with keys below `key`, nearest first, until it returns true. */
  walkBack(key: number, visit: (item: T) => boolean | void): void {
    let [b, i] = this.seek((x) => x < key);
    for (;;) {
      if (i === 0) {
        if (b === 0) return;
        b--;
        i = this.blocks[b]!.length;
      }
      i--;
      if (visit(this.blocks[b]![i]!)) return;
    }
  }

  /** Calls `visit` on the items with keys at or above `key`, in order, until it returns true. */
  walkFrom(key: number, visit: (item: T) => boolean | void): void {
    let [b, i] = this.seek((x) => x < key);
    for (; b < this.blocks.length; b++, i = 0) {
      const block = this.blocks[b]!;
      for (; i < block.length; i++) if (visit(block[i]!)) return;
    }
  }
}
