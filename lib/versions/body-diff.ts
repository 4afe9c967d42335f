// The difference between two versions of an article body, as runs of kept and changed
// text with offsets on both sides. The diff itself is jsdiff's (Myers); this file only
// decides what to diff, in three passes: paragraphs (lines) that are identical; then,
// inside each changed stretch, which old paragraph became which new one (paired when
// their words are alike); then the words of each pair. Words are only ever compared
// within a pair, so a space or a "the" in one paragraph is never lined up with another
// paragraph's, and a long article with a few edits costs little. The work is bounded:
// a stretch too different to diff within the bound stays one changed run, which
// re-anchoring treats as "gone" rather than guessing.
import { diffArrays, diffLines } from 'diff';
import { diffWordTokens, similarity, type TextChange } from './words';

export interface DiffRun {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** True when the text is the same on both sides. */
  same: boolean;
}

export interface BodyDiff {
  runs: DiffRun[];
  /** False when some changed run was too large to diff word by word within the bound. */
  complete: boolean;
}

/** Most word-level work one changed run may cost: tokens on both sides times edit distance. */
const WORK_BOUND = 20_000_000;

function wordEditLimit(oldLength: number, newLength: number): number {
  // Roughly one token per 3 characters of copy, counting the spaces between words.
  const tokens = Math.max(1, Math.ceil((oldLength + newLength) / 3));
  return Math.max(200, Math.floor(WORK_BOUND / tokens));
}

function push(runs: DiffRun[], run: DiffRun): void {
  if (run.oldEnd === run.oldStart && run.newEnd === run.newStart) return;
  const last = runs[runs.length - 1];
  if (last && last.same === run.same && last.oldEnd === run.oldStart && last.newEnd === run.newStart) {
    last.oldEnd = run.oldEnd;
    last.newEnd = run.newEnd;
  } else runs.push({ ...run });
}

/** Paragraphs this alike are diffed word by word; less alike, one replaced the other. */
const PAIR_MIN_SIMILARITY = 0.4;

/**
 * A stretch of text as paragraphs, each with the blank lines after it. A paragraph keeps its
 * single line breaks, so a line broken or joined inside it still pairs with its old self,
 * and the break after it is diffed with it (a break that stays is kept, not retyped).
 */
function splitParagraphs(text: string): string[] {
  return text.match(/(?:[^\n]*[^\s\n][^\n]*(?:\n|$))+(?:[^\S\n]*\n)*|(?:[^\S\n]*\n)+|[^\S\n]+$/g) ?? [];
}

/** Walks change objects, calling back with each kept or changed stretch in both texts' offsets. */
function walk(changes: readonly TextChange[], oldFrom: number, newFrom: number, each: (run: DiffRun) => void): void {
  let o = oldFrom;
  let n = newFrom;
  let pending: DiffRun | null = null;
  const flush = () => {
    if (pending) each(pending);
    pending = null;
  };
  for (const c of changes) {
    const length = c.value.length;
    if (!c.added && !c.removed) {
      flush();
      each({ oldStart: o, oldEnd: o + length, newStart: n, newEnd: n + length, same: true });
      o += length;
      n += length;
      continue;
    }
    pending ??= { oldStart: o, oldEnd: o, newStart: n, newEnd: n, same: false };
    if (c.removed) {
      o += length;
      pending.oldEnd = o;
    } else {
      n += length;
      pending.newEnd = n;
    }
  }
  flush();
}

export function diffBodies(oldBody: string, newBody: string): BodyDiff {
  const runs: DiffRun[] = [];
  let complete = true;
  if (oldBody === newBody) {
    push(runs, { oldStart: 0, oldEnd: oldBody.length, newStart: 0, newEnd: newBody.length, same: true });
    return { runs, complete };
  }
  const byLine = diffLines(oldBody, newBody, { maxEditLength: 20_000 });
  const lineRuns: DiffRun[] = [];
  if (byLine) walk(byLine, 0, 0, (run) => lineRuns.push(run));
  else lineRuns.push({ oldStart: 0, oldEnd: oldBody.length, newStart: 0, newEnd: newBody.length, same: false });

  for (const run of absorbBlankLines(lineRuns, oldBody)) {
    if (run.same || run.oldStart === run.oldEnd || run.newStart === run.newEnd) push(runs, run);
    else complete = pairParagraphs(oldBody, newBody, run, runs) && complete;
  }
  return { runs, complete };
}

/**
 * Joins changed stretches that only blank lines keep apart: the blank lines between
 * paragraphs always match, and left alone they would cut one rewritten passage into
 * pieces whose paragraphs could no longer be paired across the cut.
 */
function absorbBlankLines(lineRuns: DiffRun[], oldBody: string): DiffRun[] {
  const out: DiffRun[] = [];
  for (const run of lineRuns) {
    const last = out[out.length - 1];
    const beforeLast = out[out.length - 2];
    if (!run.same && last?.same && beforeLast && !beforeLast.same && oldBody.slice(last.oldStart, last.oldEnd).trim() === '') {
      out.pop();
      beforeLast.oldEnd = run.oldEnd;
      beforeLast.newEnd = run.newEnd;
    } else if (!run.same && last && !last.same) {
      last.oldEnd = run.oldEnd;
      last.newEnd = run.newEnd;
    } else out.push({ ...run });
  }
  return out;
}

/** Pairs the changed stretch's old and new paragraphs, then diffs each pair's words. */
function pairParagraphs(oldBody: string, newBody: string, stretch: DiffRun, runs: DiffRun[]): boolean {
  const oldLines = splitParagraphs(oldBody.slice(stretch.oldStart, stretch.oldEnd));
  const newLines = splitParagraphs(newBody.slice(stretch.newStart, stretch.newEnd));
  // Blank lines at the top of a stretch are left unpaired: lining them up would compete with pairing paragraphs.
  const alike = (a: string, b: string) => a.trim() !== '' && b.trim() !== '' && (a === b || similarity(a, b) >= PAIR_MIN_SIMILARITY);
  const paired = diffArrays(oldLines, newLines, { comparator: alike, maxEditLength: Math.max(50, Math.floor(200_000 / (oldLines.length + newLines.length))) });
  if (!paired) {
    push(runs, stretch);
    return false;
  }
  let complete = true;
  let o = stretch.oldStart;
  let n = stretch.newStart;
  let i = 0;
  let j = 0;
  for (const change of paired) {
    const count = change.count ?? change.value.length;
    if (change.removed || change.added) {
      const lines = change.removed ? oldLines.slice(i, i + count) : newLines.slice(j, j + count);
      const length = lines.reduce((sum, line) => sum + line.length, 0);
      if (change.removed) {
        push(runs, { oldStart: o, oldEnd: o + length, newStart: n, newEnd: n, same: false });
        o += length;
        i += count;
      } else {
        push(runs, { oldStart: o, oldEnd: o, newStart: n, newEnd: n + length, same: false });
        n += length;
        j += count;
      }
      continue;
    }
    for (let k = 0; k < count; k++) {
      const a = oldLines[i++]!;
      const b = newLines[j++]!;
      complete = diffWords(a, b, o, n, runs) && complete;
      o += a.length;
      n += b.length;
    }
  }
  return complete;
}

function diffWords(a: string, b: string, oldStart: number, newStart: number, runs: DiffRun[]): boolean {
  const whole = { oldStart, oldEnd: oldStart + a.length, newStart, newEnd: newStart + b.length, same: a === b };
  if (a === b) {
    push(runs, whole);
    return true;
  }
  const byWord = diffWordTokens(a, b, wordEditLimit(a.length, b.length));
  if (!byWord) {
    push(runs, whole);
    return false;
  }
  walk(byWord, oldStart, newStart, (r) => push(runs, r));
  return true;
}

/** The run holding old offset `at`, searching runs that cover old text. */
function runAt(runs: readonly DiffRun[], at: number, side: 'start' | 'end'): DiffRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    // A start belongs to the run whose old text begins at or before it and goes past it;
    // an end to the run whose old text reaches it. A pure insertion covers no old text, so
    // neither test can land on one: text inserted at a span's edge stays outside it.
    const before = side === 'start' ? at < r.oldStart : at <= r.oldStart;
    const after = side === 'start' ? at >= r.oldEnd : at > r.oldEnd;
    if (before) hi = mid - 1;
    else if (after) lo = mid + 1;
    else return r;
  }
  return null;
}

/**
 * Where an old span's start lands in the new text: the same character when it was kept;
 * the start of the replacement when its first words were changed. Text inserted just
 * before the span is not taken into it.
 */
export function mapStart(runs: readonly DiffRun[], at: number, newLength: number): number {
  const r = runAt(runs, at, 'start');
  if (!r) return newLength;
  return r.same ? r.newStart + (at - r.oldStart) : r.newStart;
}

/** Where an old span's end lands: the same character when kept, the end of the replacement when changed. */
export function mapEnd(runs: readonly DiffRun[], at: number): number {
  const r = runAt(runs, at, 'end');
  if (!r) return 0;
  return r.same ? r.newStart + (at - r.oldStart) : r.newEnd;
}

/** True when the old text [start, end) lies inside one kept run: the diff pins it word for word. */
export function keptWhole(runs: readonly DiffRun[], start: number, end: number): boolean {
  const r = runAt(runs, start, 'start');
  return !!r && r.same && end <= r.oldEnd;
}

/**
 * True when at least `context` characters on each side of the old span [start, end) were
 * kept as they were (or the span touches the start or end of the text): the passage
 * between them is the same place in the text, whatever happened to its own words.
 */
export function edgesKept(runs: readonly DiffRun[], start: number, end: number, oldLength: number, context: number): boolean {
  const before = Math.min(context, start);
  const after = Math.min(context, oldLength - end);
  const left = before === 0 || keptWhole(runs, start - before, start);
  const right = after === 0 || keptWhole(runs, end, end + after);
  return left && right;
}

/** The share of the old span's visible characters that the diff kept as they were, 0 to 1. */
export function keptShare(runs: readonly DiffRun[], oldBody: string, start: number, end: number): number {
  let visible = 0;
  let kept = 0;
  let i = runs.findIndex((r) => r.oldEnd > start);
  for (; i !== -1 && i < runs.length && runs[i]!.oldStart < end; i++) {
    const r = runs[i]!;
    const text = oldBody.slice(Math.max(start, r.oldStart), Math.min(end, r.oldEnd));
    const chars = text.replace(/\s+/g, '').length;
    visible += chars;
    if (r.same) kept += chars;
  }
  return visible === 0 ? 0 : kept / visible;
}
