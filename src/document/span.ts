/** A half-open range of UTF-16 indices into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the one of `spans` holding pos, or -1; `spans` are sorted and do not overlap (binary search). */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether pos falls inside one of `spans`, which are sorted and do not overlap. */
export function insideAny(spans: readonly Span[], pos: number): boolean {
  return spanIndexAt(spans, pos) >= 0;
}

/** The first index in [0, length) where `below` turns false, `below` holding on a prefix (binary search). */
function lowerBound(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `sorted` are below `value` (binary search): the index where `value` would go. */
export function countBelow(sorted: readonly number[], value: number): number {
  return lowerBound(sorted.length, (i) => sorted[i]! < value);
}

/** How many of `spans`, sorted by start, start below `value` (binary search). */
export function countStartingBelow(spans: readonly Span[], value: number): number {
  return lowerBound(spans.length, (i) => spans[i]!.start < value);
}

/** The last of `spans`, sorted by start, that starts at or after `from` and ends by `to`, or undefined. */
export function lastSpanWithin<T extends Span>(spans: readonly T[], from: number, to: number): T | undefined {
  for (let k = countStartingBelow(spans, to) - 1; k >= 0 && spans[k]!.start >= from; k--) if (spans[k]!.end <= to) return spans[k];
  return undefined;
}
