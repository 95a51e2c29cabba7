import type { Span } from '../model';

/** Index of the first item whose key is at least `key`, in a list sorted by key (binary search); the length if none is. */
export function firstAtLeast<T>(items: ArrayLike<T>, key: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span in a sorted, disjoint list that ends after `offset`. */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  return firstAtLeast(spans, offset + 1, (s) => s.end);
}

/** Index of the span holding `offset` in a sorted, disjoint list, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  const i = firstSpanEndingAfter(spans, offset);
  return i < spans.length && spans[i].start <= offset ? i : -1;
}

/** Moves a span by `by` characters. */
export function spanShifter(by: number): (s: Span) => Span {
  return (s: Span): Span => ({ start: s.start + by, end: s.end + by });
}
