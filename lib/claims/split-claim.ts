// Splitting a claim that holds two checkable statements into two claims at a point in
// its span. The first keeps its history, evidence and verdict; the second starts fresh.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles, claims } from '@/db/schema';
import { diff, recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { anchorSpan, trimSpan } from './anchor';
import { findClaim, requireVersion } from './claim-guard';
import { loadClaimDetail, type ClaimDetail } from './queries';

export const splitInput = z.object({
  claimId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  at: z.coerce.number({ message: 'Choose where to split the claim.' }).int(),
});
export type SplitInput = z.input<typeof splitInput>;

export function splitClaim(actor: Actor, input: SplitInput): { first: ClaimDetail; second: ClaimDetail } {
  const parsed = splitInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { claimId, version, at } = parsed.data;
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requirePermission(actor, 'claims.edit');
    requireVersion(tx, claim, version);
    if (at <= claim.start || at >= claim.end) {
      throw invalid([{ path: ['at'], message: 'Split the claim at a point inside its text, not at either end.' }]);
    }
    const { body } = tx.select({ body: articles.body }).from(articles).where(eq(articles.id, claim.articleId)).get()!;
    const head = trimSpan(body, claim.start, at);
    const tail = trimSpan(body, at, claim.end);
    if (head.end <= head.start || tail.end <= tail.start) {
      throw invalid([{ path: ['at'], message: 'Both parts of a split claim need some words; choose another point.' }]);
    }
    const first = anchorSpan(body, head.start, head.end);
    const second = anchorSpan(body, tail.start, tail.end);
    const now = new Date();

    // A statement still equal to the quote was never rewritten, so it follows the new quote.
    const firstChange = { ...first, statement: claim.statement === claim.quote ? first.quote : claim.statement };
    const { before, after } = diff(claim, firstChange);
    tx.update(claims).set({ ...firstChange, version: claim.version + 1, updatedAt: now }).where(eq(claims.id, claimId)).run();

    // The attribution applies to the whole sentence, so both halves keep it; so does the
    // assignment, since the reviewer was asked to check all of it.
    const secondId = newId();
    tx.insert(claims)
      .values({
        id: secondId,
        articleId: claim.articleId,
        ...second,
        statement: second.quote,
        attributionSource: claim.attributionSource,
        attributionStart: claim.attributionStart,
        attributionEnd: claim.attributionEnd,
        kind: claim.kind,
        score: claim.score,
        scoreReasons: claim.scoreReasons,
        status: 'unchecked',
        origin: 'split',
        assigneeId: claim.assigneeId,
        dueAt: claim.dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'claim.split',
      before: { ...before, version: claim.version },
      after: { ...after, version: claim.version + 1, splitInto: secondId },
    });
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: secondId, action: 'claim.created',
      before: null,
      after: { start: second.start, end: second.end, quote: second.quote, origin: 'split', splitFrom: claimId, status: 'unchecked', version: 1 },
    });
    return { first: loadClaimDetail(tx, claimId), second: loadClaimDetail(tx, secondId) };
  });
}
