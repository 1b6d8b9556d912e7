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
