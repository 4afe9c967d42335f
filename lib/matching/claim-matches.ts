// What the claim panel's "Checked before?" section shows: earlier checks of the same claim
// found now (so a verdict set a minute ago counts), minus those the desk dismissed, plus
// any it reused, and the import's matching job while it is still running.
import 'server-only';
import { getDb } from '@/db';
import type { MatchState } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { latestJob } from '@/lib/jobs/queries';
import { MATCH_ARTICLE_JOB, matchingSubject } from './enqueue';
import { createMatcher, MAX_MATCHES, type Match } from './find-matches';
import { claimToMatch, matchedClaimRows, storedMatches, verdictDetails } from './queries';

/** A stored match as the panel shows it: the earlier check, and whether it was reused yet. */
export interface MatchView extends Match {
  state: Exclude<MatchState, 'dismissed'>;
}

export interface ClaimMatches {
  matches: MatchView[];
  dismissed: number;
  /** The import's matching job, while it has not finished: "12 of 40 claims". */
  pending: { done: number; total: number } | null;
}

export function getClaimMatches({ actor, claimId }: { actor: Actor; claimId: string }): ClaimMatches {
  const db = getDb();
  const claim = claimToMatch(db, actor, claimId);
  if (!claim) throw new AppError('not_found', 'This claim does not exist (it may have been merged or its article deleted).');
  const stored = storedMatches(db, claimId);
  const dismissed = new Set(stored.filter((s) => s.state === 'dismissed').map((s) => s.matchClaimId));
  const reusedIds = stored.filter((s) => s.state === 'reused').map((s) => s.matchClaimId);

  const found = claim.status === 'dismissed' ? [] : createMatcher(db, actor)(claim, MAX_MATCHES + dismissed.size + reusedIds.length);
  const suggested: MatchView[] = found
    .filter((m) => !dismissed.has(m.claimId) && !reusedIds.includes(m.claimId))
    .slice(0, MAX_MATCHES)
    .map(({ statement, ...m }) => ({ ...m, statement, state: 'suggested' }));

  const reusedRows = matchedClaimRows(db, actor, reusedIds);
  const details = verdictDetails(reusedRows);
  const reused: MatchView[] = reusedRows.map((r) => ({
    claimId: r.claimId, articleId: r.articleId, articleTitle: r.articleTitle, statement: r.statement, status: r.status,
    checkedAt: details.get(r.claimId)!.checkedAt, evidenceCount: details.get(r.claimId)!.evidenceCount,
    score: stored.find((s) => s.matchClaimId === r.claimId)!.score, state: 'reused',
  }));

  const job = latestJob({ kind: MATCH_ARTICLE_JOB, subject: matchingSubject(claim.articleId) });
  const pending = job && (job.status === 'queued' || job.status === 'running') ? { done: job.progressDone, total: job.progressTotal } : null;
  return { matches: [...reused, ...suggested], dismissed: dismissed.size, pending };
}
