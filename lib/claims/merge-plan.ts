// What a merge keeps, decided before anything is written, so the server and the board agree:
// the reviewer, the due time and the most advanced status survive, and where the claims
// disagree (two reviewers, two different verdicts) the editor is asked instead of guessed for.
// Pure: the board runs it to ask its questions first, the server to refuse a merge that skips them.
import type { ClaimStatus } from '@/db/schema';
import { isVerdict } from './status';

export interface MergeSide {
  id: string;
  number: number;
  status: ClaimStatus;
  assigneeId: string | null;
  dueAt: Date | null;
  attributionSource: string | null;
}

export interface MergeChoices {
  /** The status the merged claim keeps, when the claims have different verdicts. */
  status?: ClaimStatus;
  /** The reviewer the merged claim keeps (null: nobody), when the claims have different reviewers. */
  assigneeId?: string | null;
}

export interface MergePlan {
  status: ClaimStatus;
  assigneeId: string | null;
  dueAt: Date | null;
  attributionSource: string | null;
  /** What the editor must choose before the merge can go ahead; empty when nothing is in doubt. */
  questions: { status?: ClaimStatus[]; assigneeId?: string[] };
}

/** unchecked < in progress < a verdict; "not a claim" counts only when every claim is dismissed. */
export function statusRank(status: ClaimStatus): number {
  if (isVerdict(status)) return 3;
  if (status === 'in_progress') return 2;
  if (status === 'unchecked') return 1;
  return 0;
}

const distinct = <T,>(values: T[]) => [...new Set(values)];

export function planMerge(target: MergeSide, sources: readonly MergeSide[], choices: MergeChoices = {}): MergePlan {
  const all = [target, ...sources];
  const questions: MergePlan['questions'] = {};

  const verdicts = distinct(all.map((c) => c.status).filter(isVerdict));
  let status: ClaimStatus;
  if (verdicts.length > 1 && !choices.status) {
    questions.status = verdicts;
    status = target.status;
  } else if (choices.status) {
    status = choices.status;
  } else {
    status = all.reduce((best, c) => (statusRank(c.status) > statusRank(best) ? c.status : best), target.status);
  }

  const reviewers = distinct(all.map((c) => c.assigneeId).filter((id): id is string => id !== null));
  let assigneeId: string | null;
  if (choices.assigneeId !== undefined) assigneeId = choices.assigneeId;
  else if (reviewers.length > 1) {
    questions.assigneeId = reviewers;
    assigneeId = target.assigneeId;
  } else assigneeId = reviewers[0] ?? null;

  // The tightest deadline wins: a due time someone set for any of the claims still has to be met.
  const dues = all.map((c) => c.dueAt).filter((d): d is Date => d !== null);
  const dueAt = dues.length ? new Date(Math.min(...dues.map((d) => d.getTime()))) : null;

  const attributionSource = target.attributionSource ?? sources.find((s) => s.attributionSource)?.attributionSource ?? null;
  return { status, assigneeId, dueAt, attributionSource, questions };
}
