// The compare view's content, worked out without a browser: each side's text cut into
// paragraphs and pieces, each piece marked as changed or not and with the claims covering
// it, so the page only has to render <ins>/<del> and claim markers.
import { diffBodies } from './body-diff';

export interface PlacedSpan {
  claimId: string;
  start: number;
  end: number;
}

export interface ComparePiece {
  start: number;
  end: number;
  text: string;
  /** Removed from (old side) or added in (new side) the other version. */
  changed: boolean;
  /** Claims whose span covers this piece. */
  claimIds: string[];
  /** Claims whose span ends with this piece: their marker goes after it. */
  endsClaims: string[];
}

export interface CompareSide {
  paragraphs: ComparePiece[][];
}

/**
 * A stretch of both texts between two paragraph breaks the versions share: the paragraphs
 * of the old text beside the ones that replaced them, so the two sides stay level.
 */
export interface CompareRow {
  before: ComparePiece[][];
  after: ComparePiece[][];
  changed: boolean;
}

export interface Comparison {
  rows: CompareRow[];
  /** Words removed and added, and in how many places. */
  removedWords: number;
  addedWords: number;
  places: number;
  /** False when part of the texts was too different to compare word by word. */
  complete: boolean;
}

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).length;

const GAP = /\n[ \t]*\n+/g;

/** Paragraph ranges of canonical text within [from, to): blocks separated by a blank line. */
function paragraphs(body: string, from = 0, to = body.length): [number, number][] {
  const out: [number, number][] = [];
  const gap = new RegExp(GAP.source, 'g');
  gap.lastIndex = from;
  let start = from;
  for (let m = gap.exec(body); m && m.index < to; m = gap.exec(body)) {
    if (m.index > start) out.push([start, Math.min(m.index, to)]);
    start = m.index + m[0].length;
  }
  if (start < to) out.push([start, to]);
  return out;
}

function side(body: string, changed: [number, number][], spans: readonly PlacedSpan[], from = 0, to = body.length): CompareSide {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= body.length && s.end > s.start);
  const cuts = new Set<number>();
  for (const [a, b] of changed) cuts.add(a).add(b);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  let c = 0;
  let k = 0;
  const out: ComparePiece[][] = [];
  for (const [pFrom, pTo] of paragraphs(body, from, to)) {
    const points = [pFrom];
    while (k < sortedCuts.length && sortedCuts[k]! <= pFrom) k++;
    for (let i = k; i < sortedCuts.length && sortedCuts[i]! < pTo; i++) points.push(sortedCuts[i]!);
    points.push(pTo);
    const pieces: ComparePiece[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      if (end <= start) continue;
      while (c < changed.length && changed[c]![1] <= start) c++;
      const isChanged = c < changed.length && changed[c]![0] <= start && changed[c]![1] >= end;
      const covering = valid.filter((s) => s.start <= start && s.end >= end);
      pieces.push({
        start, end, text: body.slice(start, end), changed: isChanged,
        claimIds: covering.map((s) => s.claimId),
        endsClaims: covering.filter((s) => s.end === end).map((s) => s.claimId),
      });
    }
    out.push(pieces);
  }
  return { paragraphs: out };
}

const atParagraphStart = (body: string, at: number) => at === 0 || /\n[ \t]*\n$/.test(body.slice(Math.max(0, at - 4), at));

export function compareTexts(oldBody: string, newBody: string, oldSpans: readonly PlacedSpan[], newSpans: readonly PlacedSpan[]): Comparison {
  const { runs, complete } = diffBodies(oldBody, newBody);
  const removed: [number, number][] = [];
  const added: [number, number][] = [];
  let removedWords = 0;
  let addedWords = 0;
  let places = 0;
  for (const r of runs) {
    if (r.same) continue;
    // Changes of spacing alone are not worth a mark.
    const gone = oldBody.slice(r.oldStart, r.oldEnd);
    const come = newBody.slice(r.newStart, r.newEnd);
    if (!gone.trim() && !come.trim()) continue;
    places += 1;
    if (r.oldEnd > r.oldStart && gone.trim()) removed.push([r.oldStart, r.oldEnd]);
    if (r.newEnd > r.newStart && come.trim()) added.push([r.newStart, r.newEnd]);
    removedWords += countWords(gone);
    addedWords += countWords(come);
  }
  // Paragraph breaks inside kept text are the same break on both sides: the rows' edges.
  const edges: [number, number][] = [[0, 0]];
  for (const r of runs) {
    if (!r.same) {
      // Whole paragraphs inserted or deleted get a row of their own, beside nothing.
      const gone = oldBody.slice(r.oldStart, r.oldEnd);
      const come = newBody.slice(r.newStart, r.newEnd);
      if (!gone && atParagraphStart(newBody, r.newStart) && /\n[ \t]*\n+$/.test(come)) edges.push([r.oldStart, r.newEnd]);
      if (!come && atParagraphStart(oldBody, r.oldStart) && /\n[ \t]*\n+$/.test(gone)) edges.push([r.oldEnd, r.newStart]);
      continue;
    }
    const gap = new RegExp(GAP.source, 'g');
    const text = oldBody.slice(r.oldStart, r.oldEnd);
    for (let m = gap.exec(text); m; m = gap.exec(text)) {
      edges.push([r.oldStart + m.index + m[0].length, r.newStart + m.index + m[0].length]);
    }
  }
  edges.push([oldBody.length, newBody.length]);
  const rows: CompareRow[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const [o0, n0] = edges[i]!;
    const [o1, n1] = edges[i + 1]!;
    if (o1 <= o0 && n1 <= n0) continue;
    const before = side(oldBody, removed, oldSpans, o0, o1).paragraphs;
    const after = side(newBody, added, newSpans, n0, n1).paragraphs;
    if (before.length === 0 && after.length === 0) continue;
    rows.push({ before, after, changed: [...before, ...after].some((p) => p.some((x) => x.changed)) });
  }
  return { rows, removedWords, addedWords, places, complete };
}

/** One version's text with its claims, for reading it on its own. */
export function readingPieces(body: string, spans: readonly PlacedSpan[]): CompareSide {
  return side(body, [], spans);
}
