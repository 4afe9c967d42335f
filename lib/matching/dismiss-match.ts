// Telling "checked before?" that an earlier claim is not the same one (it stops being
// suggested for this claim), or taking that back. Recorded in the claim's history; the
// claim itself is unchanged, so its version stays.
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { claimMatches } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { findClaim, requireReviewAccess } from '@/lib/claims/claim-guard';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { claimToMatch, matchedClaimRows } from './queries';

export function setMatchDismissed(actor: Actor, claimId: string, matchClaimId: string, dismissed: boolean): { state: 'dismissed' | 'suggested' } {
  return getDb().transaction((tx) => {
    if (!claimToMatch(tx, actor, claimId)) throw new AppError('not_found', 'This claim does not exist (it may have been merged or its article deleted).');
    const claim = findClaim(tx, claimId);
    requireReviewAccess(actor, claim);
    const [other] = matchedClaimRows(tx, actor, [matchClaimId]);
    if (!other) throw new AppError('not_found', 'The earlier claim no longer exists (it may have been merged or its article deleted).');
    const pair = and(eq(claimMatches.claimId, claimId), eq(claimMatches.matchClaimId, matchClaimId));
    const existing = tx.select().from(claimMatches).where(pair).get();
    if (existing?.state === 'reused') throw new AppError('invalid', 'Its verdict was reused on this claim; change the claim’s status instead.');
    const now = new Date();
    const state = dismissed ? 'dismissed' : 'suggested';
    if ((existing?.state ?? 'suggested') === state) return { state };
    if (existing) tx.update(claimMatches).set({ state, decidedById: actor.id, decidedAt: now }).where(pair).run();
    else tx.insert(claimMatches).values({ id: newId(), claimId, articleId: claim.articleId, matchClaimId, score: 0, state, decidedById: actor.id, decidedAt: now, createdAt: now }).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId,
      action: dismissed ? 'claim.match_dismissed' : 'claim.match_restored',
      before: null,
      after: { match: { claimId: other.claimId, articleId: other.articleId, articleTitle: other.articleTitle } },
    });
    return { state };
  });
}
