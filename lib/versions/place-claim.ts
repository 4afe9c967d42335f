// Placing a removed claim by hand: the editor selects the passage that now states it.
// Its work (status, evidence, comments, history) stays; if the words differ from those it
// was checked on, it is flagged like any edited claim.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles, claims, claimSpans } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { anchorSpan, trimSpan } from '@/lib/claims/anchor';
import { findClaim, requireVersion } from '@/lib/claims/claim-guard';
import { loadClaimDetail, type ClaimDetail } from '@/lib/claims/queries';
import { MAX_STATEMENT_CHARS } from '@/lib/claims/update-claim';
import { AppError, invalid } from '@/lib/errors';
import { hadWork } from './carry-plan';
import { sameWords } from './words';

const offset = z.coerce.number({ message: 'Select the claim’s new passage in the article text.' }).int().min(0);

export const placeInput = z
  .object({ version: z.coerce.number({ message: 'The claim version is missing.' }).int().min(1), start: offset, end: offset })
  .refine((v) => v.end > v.start, { message: 'The selection is empty.', path: ['end'] });
export type PlaceInput = z.input<typeof placeInput>;

export function placeClaim(actor: Actor, claimId: string, input: PlaceInput): ClaimDetail {
  const parsed = placeInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { version, start: from, end: to } = parsed.data;
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requirePermission(actor, 'claims.edit');
    requireVersion(tx, claim, version, actor);
    if (claim.anchor !== 'removed') throw new AppError('invalid', 'This claim is already in the text; select it there to split it, or add a new claim.');
    const article = tx.select({ body: articles.body, currentVersion: articles.currentVersion }).from(articles).where(eq(articles.id, claim.articleId)).get()!;
    if (to > article.body.length) throw invalid([{ path: ['end'], message: 'The selection runs past the end of the article; reload and select again.' }]);
    const { start, end } = trimSpan(article.body, from, to);
    if (end <= start) throw invalid([{ path: ['start'], message: 'The selection holds only spaces; select the words of the claim.' }]);
    if (end - start > MAX_STATEMENT_CHARS) {
      throw invalid([{ path: ['end'], message: `A claim can span at most ${MAX_STATEMENT_CHARS.toLocaleString('en')} characters; select a shorter passage.` }]);
    }
    const span = anchorSpan(article.body, start, end);
    const same = sameWords(claim.quote, span.quote);
    // Words it was checked on: the ones flagged earlier if a re-check is still owed, else its last text.
    const checkedOn = claim.needsRecheck && claim.previousQuote ? claim.previousQuote : claim.quote;
    const needsRecheck = claim.needsRecheck || (!same && hadWork(claim.status));
    const anchor = !same || (needsRecheck && claim.previousQuote) ? 'edited' : 'current';
    const next = {
      ...span,
      anchor,
      previousQuote: anchor === 'edited' ? checkedOn : null,
      needsRecheck,
      seenInVersion: article.currentVersion,
      statement: claim.statement === claim.quote ? span.quote : claim.statement,
      // Its other spans and attribution pointed into an older text.
      attributionStart: null,
      attributionEnd: null,
      version: claim.version + 1,
      updatedAt: new Date(),
    } as const;
    const dropped = tx.delete(claimSpans).where(eq(claimSpans.claimId, claimId)).run().changes;
    tx.update(claims).set(next).where(eq(claims.id, claimId)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'claim.placed_by_hand',
      before: { anchor: 'removed', lastSeenInVersion: claim.seenInVersion, quote: claim.quote, version: claim.version },
      after: {
        anchor, start, end, quote: span.quote, articleVersion: article.currentVersion, needsRecheck,
        ...(dropped ? { spansDropped: dropped } : {}), version: next.version,
      },
    });
    return loadClaimDetail(tx, claimId);
  });
}
