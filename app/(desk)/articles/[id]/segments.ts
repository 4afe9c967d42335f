// Cuts a paragraph into runs of text covered by the same set of claims, in one pass
// over sorted boundaries, so overlapping and nested claims all stay clickable.

export interface Highlight {
  claimId: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Claims covering this run, innermost (shortest) first. */
  claimIds: string[];
}

export function segmentRange(from: number, to: number, highlights: readonly Highlight[]): Segment[] {
  const inRange = highlights.filter((h) => h.end > from && h.start < to);
  const cuts = new Set<number>([from, to]);
  for (const h of inRange) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inRange
      .filter((h) => h.start <= start && h.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, claimIds: covering.map((h) => h.claimId) });
  }
  return segments;
}

/** Paragraph ranges of canonical text: blocks separated by a blank line. */
export function paragraphRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const re = /\n[ \t]*\n+/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > start) ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) ranges.push({ start, end: body.length });
  return ranges;
}
