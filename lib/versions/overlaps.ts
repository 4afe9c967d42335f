// Overlap look-ups over many spans, for the passages carried claims cover in a new version.
import type { Span } from '@/lib/extraction/types';

/** A test "does [start, end) overlap any of these spans?", answered by binary search. */
export function overlapsAny(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  // furthest end among the spans that start at or before each index
  const reach: number[] = [];
  sorted.forEach(([, e], i) => reach.push(Math.max(e, reach[i - 1] ?? -Infinity)));
  return (start, end) => {
    // spans starting before `end` are sorted[0, k): one of them overlaps when it reaches past `start`
    let lo = 0, hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > start;
  };
}
