/**
 * A set of integers in [0, size) that only grows, answering "the largest member below i" and "the
 * smallest member at or above i" in O(log size): a Fenwick tree of counts. A sorted array kept by
 * insertion shifts its tail at every insert, which is quadratic on a long article's many spans.
 */
export class PositionSet {
  private readonly counts: Int32Array;
  private members = 0;
  private readonly topBit: number;

  constructor(readonly size: number) {
    this.counts = new Int32Array(size + 1);
    let bit = 1;
    while (bit * 2 <= size) bit *= 2;
    this.topBit = bit;
  }

  /** Adds i; it must not be a member yet. */
  add(i: number): void {
    this.members++;
    for (let k = i + 1; k <= this.size; k += k & -k) this.counts[k]!++;
  }

  /** How many members are below i. */
  private countBelow(i: number): number {
    let n = 0;
    for (let k = i; k > 0; k -= k & -k) n += this.counts[k]!;
    return n;
  }

  /** The member with `rank` members below it (0-based rank < the number of members). */
  private memberOfRank(rank: number): number {
    let at = 0;
    let left = rank;
    for (let bit = this.topBit; bit > 0; bit >>= 1) {
      const next = at + bit;
      if (next <= this.size && this.counts[next]! <= left) {
        at = next;
        left -= this.counts[next]!;
      }
    }
    return at;
  }

  /** The largest member below i, or -1. */
  lastBelow(i: number): number {
    const below = this.countBelow(i);
    return below > 0 ? this.memberOfRank(below - 1) : -1;
  }

  /** The smallest member at or above i, or -1. */
  firstFrom(i: number): number {
    const below = this.countBelow(i);
    return below < this.members ? this.memberOfRank(below) : -1;
  }
}
