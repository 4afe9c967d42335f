// Correcting evidence already attached: a wrong stance, a typo in the title, a better archive
// link. Like adding it, an edit changes what the verdict should be, so it bumps the claim's
// version (a stale edit is refused) and goes in the claim's history.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { claims, evidence, STANCES, type Evidence } from '@/db/schema';
import { diff, recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { findClaim, requireReviewAccess, requireVersion } from '@/lib/claims/claim-guard';
import { AppError, invalid } from '@/lib/errors';
import { optionalWebUrl, webUrl } from './web-url';
import { cleanFields } from '@/lib/text/clean-text';

const optionalLongText = (what: string) =>
  z.string().trim().max(5_000, `Use at most 5,000 characters for the ${what}.`).nullish().transform((v) => v || null);

export const evidenceChange = z.object({
  version: z.coerce.number({ message: 'The claim version is missing.' }).int().min(1),
  url: webUrl.optional(),
  title: z.string().trim().min(1, 'Enter the title of the source.').max(500, 'Use at most 500 characters for the title.').optional(),
  publisher: z.string().trim().min(1, 'Enter the publisher, or leave the one read from the link.').max(200, 'Use at most 200 characters for the publisher.').optional(),
  stance: z.enum(STANCES, { message: 'Choose whether the source supports, contradicts or gives context.' }).optional(),
  excerpt: optionalLongText('excerpt').optional(),
  note: optionalLongText('note').optional(),
  archiveUrl: optionalWebUrl.optional(),
});
export type EvidenceChange = z.input<typeof evidenceChange>;

export function updateEvidence(actor: Actor, evidenceId: string, input: EvidenceChange): Evidence {
  const parsed = evidenceChange.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { version, ...change } = parsed.data;
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<Evidence>;
  return getDb().transaction((tx) => {
    const row = tx.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
    if (!row) throw new AppError('not_found', 'This evidence does not exist (it may have been removed).');
    const claim = findClaim(tx, row.claimId);
    requireReviewAccess(actor, claim);
    requireVersion(tx, claim, version, actor);
    const { before, after, changed } = diff(row, defined);
    if (!changed) return row;
    tx.update(evidence).set(defined).where(eq(evidence.id, evidenceId)).run();
    const next = claim.version + 1;
    tx.update(claims).set({ version: next, updatedAt: new Date() }).where(eq(claims.id, claim.id)).run();
    const updated = { ...row, ...defined };
    const named = { id: row.id, title: updated.title, publisher: updated.publisher, stance: updated.stance };
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claim.id, action: 'evidence.updated',
      before: { version: claim.version, evidence: { ...named, ...before } },
      after: { version: next, evidence: { ...named, ...after } },
    });
    return updated;
  });
}
