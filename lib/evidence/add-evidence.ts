// Attaching evidence to a claim, and taking it off again. Evidence changes what the
// claim's verdict should be, so both bump the claim's version and go in its history.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { claims, evidence, STANCES, type Evidence } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/auth/permissions';
import { findClaim, requireReviewAccess } from '@/lib/claims/claim-guard';
import type { PersonRef } from '@/lib/claims/queries';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { publisherFromUrl } from './publisher';
import { optionalWebUrl, webUrl } from './web-url';
import { cleanFields } from '@/lib/text/clean-text';

const optionalLongText = (what: string) =>
  z.string().trim().max(5_000, `Use at most 5,000 characters for the ${what}.`).nullish().transform((v) => v || null);

export const evidenceInput = z.object({
  url: webUrl,
  title: z.string().trim().min(1, 'Enter the title of the source.').max(500, 'Use at most 500 characters for the title.'),
  publisher: z.string().trim().max(200, 'Use at most 200 characters for the publisher.').nullish(),
  stance: z.enum(STANCES, { message: 'Choose whether the source supports, contradicts or gives context.' }),
  excerpt: optionalLongText('excerpt'),
  note: optionalLongText('note'),
  archiveUrl: optionalWebUrl,
});
export type EvidenceInput = z.input<typeof evidenceInput>;

export type AttachedEvidence = Evidence & { addedBy: PersonRef };

const summary = (e: Pick<Evidence, 'id' | 'url' | 'title' | 'publisher' | 'stance'>) => ({
  id: e.id, url: e.url, title: e.title, publisher: e.publisher, stance: e.stance,
});

export function addEvidence(actor: Actor, claimId: string, input: EvidenceInput): AttachedEvidence {
  const parsed = evidenceInput.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const data = parsed.data;
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requireReviewAccess(actor, claim);
    const row: Evidence = {
      id: newId(),
      claimId,
      ...data,
      publisher: data.publisher || publisherFromUrl(data.url),
      addedById: actor.id,
      reusedFromId: null,
      createdAt: new Date(),
    };
    tx.insert(evidence).values(row).run();
    // The first evidence on an unchecked claim means someone has started checking it.
    const status = claim.status === 'unchecked' ? 'in_progress' : claim.status;
    const version = claim.version + 1;
    tx.update(claims).set({ status, version, updatedAt: row.createdAt }).where(eq(claims.id, claimId)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'evidence.added',
      before: { ...(status !== claim.status && { status: claim.status }), version: claim.version },
      after: { ...(status !== claim.status && { status }), version, evidence: summary(row) },
    });
    return { ...row, addedBy: { id: actor.id, name: actor.name } };
  });
}

export function removeEvidence(actor: Actor, evidenceId: string): void {
  getDb().transaction((tx) => {
    const row = tx.select().from(evidence).where(eq(evidence.id, evidenceId)).get();
    if (!row) throw new AppError('not_found', 'This evidence does not exist (it may already have been removed).');
    const claim = findClaim(tx, row.claimId);
    requireReviewAccess(actor, claim);
    tx.delete(evidence).where(eq(evidence.id, evidenceId)).run();
    const version = claim.version + 1;
    tx.update(claims).set({ version, updatedAt: new Date() }).where(eq(claims.id, claim.id)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claim.id, action: 'evidence.removed',
      before: { version: claim.version, evidence: summary(row) },
      after: { version },
    });
  });
}
