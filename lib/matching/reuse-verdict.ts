// Reusing an earlier verdict on a claim that states the same thing: in one step, link the
// claims, copy the earlier claim's evidence (archive links included) and set its verdict,
// recorded in the claim's history as who reused what from where.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { claimMatches, claims, evidence, type Evidence } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { findClaim, requireReviewAccess, requireVersion } from '@/lib/claims/claim-guard';
import { loadClaimDetail, type ClaimDetail } from '@/lib/claims/queries';
import { isVerdict } from '@/lib/claims/status';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { claimFeatures } from './features';
import { claimToMatch, matchedClaimRows } from './queries';
import { matchScore } from './similarity';

export const reuseInput = z.object({
  version: z.coerce.number({ message: 'The claim version is missing.' }).int().min(1),
});

export interface ReuseResult {
  claim: ClaimDetail;
  copiedEvidence: number;
  from: { claimId: string; articleId: string; articleTitle: string };
}

export function reuseVerdict(actor: Actor, claimId: string, matchClaimId: string, input: z.input<typeof reuseInput>): ReuseResult {
  const parsed = reuseInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return getDb().transaction((tx) => {
    if (!claimToMatch(tx, actor, claimId)) throw new AppError('not_found', 'This claim does not exist (it may have been merged or its article deleted).');
    const claim = findClaim(tx, claimId);
    requireReviewAccess(actor, claim);
    if (claim.status === 'dismissed') throw new AppError('invalid', 'This span is marked as not a claim; bring it back before reusing a verdict.');
    requireVersion(tx, claim, parsed.data.version, actor);
    const [source] = matchedClaimRows(tx, actor, [matchClaimId]);
    if (!source) throw new AppError('not_found', 'The earlier claim no longer exists (it may have been merged or its article deleted).');
    if (source.articleId === claim.articleId) throw new AppError('invalid', 'That claim is in the same article; merge the two claims instead.');
    if (!isVerdict(source.status)) throw new AppError('invalid', 'The earlier claim no longer has a verdict, so there is nothing to reuse.');
    const link = tx.select().from(claimMatches).where(eq(claimMatches.claimId, claimId)).all().find((m) => m.matchClaimId === matchClaimId);
    if (link?.state === 'reused') throw new AppError('invalid', 'This verdict was already reused on this claim.');

    const now = new Date();
    const originals = tx.select().from(evidence).where(eq(evidence.claimId, matchClaimId)).all();
    const copies: Evidence[] = originals.map((e) => ({ ...e, id: newId(), claimId, addedById: actor.id, reusedFromId: e.id, createdAt: now }));
    if (copies.length) tx.insert(evidence).values(copies).run();
    const version = claim.version + 1;
    tx.update(claims).set({ status: source.status, version, updatedAt: now }).where(eq(claims.id, claimId)).run();
    const score = link?.score ?? matchScore(claimFeatures(claim.statement, claim.attributionSource), claimFeatures(source.statement, source.attribution), () => 1).score;
    tx.insert(claimMatches)
      .values({ id: newId(), claimId, articleId: claim.articleId, matchClaimId, score, state: 'reused', decidedById: actor.id, decidedAt: now, createdAt: now })
      .onConflictDoUpdate({ target: [claimMatches.claimId, claimMatches.matchClaimId], set: { state: 'reused', decidedById: actor.id, decidedAt: now } })
      .run();
    const from = { claimId: source.claimId, articleId: source.articleId, articleTitle: source.articleTitle };
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'claim.verdict_reused',
      before: { status: claim.status, version: claim.version },
      after: {
        status: source.status, version, reusedFrom: { ...from, statement: source.statement },
        evidence: copies.map((e) => ({ id: e.id, url: e.url, title: e.title, publisher: e.publisher, stance: e.stance, archiveUrl: e.archiveUrl, copiedFrom: e.reusedFromId })),
      },
    });
    return { claim: loadClaimDetail(tx, claimId), copiedEvidence: copies.length, from };
  });
}
