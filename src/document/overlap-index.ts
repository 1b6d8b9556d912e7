import { countStartingBelow, type Span } from './span.js';

/**
 * Spans in any order, overlapping or not, indexed by start: the spans overlapping a range, or
 * starting in one, are found by binary search instead of a scan of them all. Spans sharing a start
 * keep the order they were given in.
 */
export class OverlapIndex<T extends Span> {
  private readonly spans: T[];
  /** The longest span: a span overlapping [s, e) starts at or after s - longest. */
  private readonly longest: number;

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** The spans starting in [from, to), in start order. */
  startingIn(from: number, to: number): T[] {
    return this.spans.slice(countStartingBelow(this.spans, from), countStartingBelow(this.spans, to));
  }

  /** The spans overlapping [s, e) (a.start < e and s < a.end), in start order. */
  overlapping(s: number, e: number): T[] {
    return this.startingIn(s - this.longest, e).filter((a) => a.start < e && s < a.end);
  }

  /** Whether any span overlaps [s, e). */
  overlapsAny(s: number, e: number): boolean {
    const to = countStartingBelow(this.spans, e);
    for (let k = countStartingBelow(this.spans, s - this.longest); k < to; k++) if (s < this.spans[k]!.end) return true;
    return false;
  }
}
