import type { Span } from '../model';

/** Index of the first span in a sorted, disjoint list that ends after `offset` (binary search). */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span holding `offset` in a sorted, disjoint list, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  const i = firstSpanEndingAfter(spans, offset);
  return i < spans.length && spans[i].start <= offset ? i : -1;
}
