// Merging claims that state the same thing: the target keeps its status and gains the
// others' spans, evidence and comments, so nothing a reviewer found is lost.
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { claims, claimSpans, comments, evidence } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { findClaim, requireInText, requireVersion } from './claim-guard';
import { loadClaimDetail, type ClaimDetail } from './queries';

const version = z.coerce.number().int().min(1);

export const mergeInput = z.object({
  targetId: z.string().min(1),
  targetVersion: version,
  sourceIds: z.array(z.string().min(1)).min(1, 'Choose at least one claim to merge into this one.').max(200),
  sourceVersions: z.record(z.string(), version),
});
export type MergeInput = z.input<typeof mergeInput>;

export function mergeClaims(actor: Actor, input: MergeInput): { claim: ClaimDetail; mergedIds: string[] } {
  const parsed = mergeInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { targetId, targetVersion, sourceVersions } = parsed.data;
  const sourceIds = [...new Set(parsed.data.sourceIds)];
  if (sourceIds.includes(targetId)) throw invalid([{ path: ['sourceIds'], message: 'A claim cannot be merged into itself.' }]);
  return getDb().transaction((tx) => {
    const target = findClaim(tx, targetId);
    const sources = sourceIds.map((id) => findClaim(tx, id));
    requirePermission(actor, 'claims.edit');
    if (sources.some((s) => s.articleId !== target.articleId)) {
      throw invalid([{ path: ['sourceIds'], message: 'Only claims from the same article can be merged.' }]);
    }
    requireVersion(tx, target, targetVersion);
    requireInText(target);
    for (const source of sources) requireInText(source);
    for (const source of sources) {
      const seen = sourceVersions[source.id];
      if (seen === undefined) throw invalid([{ path: ['sourceVersions', source.id], message: 'The version of a merged claim is missing.' }]);
      requireVersion(tx, source, seen);
    }

    // Every place in the body the target now stands for, each once.
    const existing = tx.select().from(claimSpans).where(eq(claimSpans.claimId, targetId)).all();
    const known = new Set([`${target.start}:${target.end}`, ...existing.map((s) => `${s.start}:${s.end}`)]);
    const moved = tx.select().from(claimSpans).where(inArray(claimSpans.claimId, sourceIds)).all();
    for (const span of [...sources, ...moved]) {
      const key = `${span.start}:${span.end}`;
      if (known.has(key)) continue;
      known.add(key);
      const { start, end, quote, prefix, suffix } = span;
      tx.insert(claimSpans).values({ id: newId(), claimId: targetId, start, end, quote, prefix, suffix }).run();
    }
    const movedEvidence = tx.update(evidence).set({ claimId: targetId }).where(inArray(evidence.claimId, sourceIds)).run().changes;
    const movedComments = tx.update(comments).set({ claimId: targetId }).where(inArray(comments.claimId, sourceIds)).run().changes;
    tx.delete(claims).where(inArray(claims.id, sourceIds)).run();

    const now = new Date();
    tx.update(claims).set({ version: target.version + 1, updatedAt: now }).where(eq(claims.id, targetId)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: target.articleId, entityType: 'claim', entityId: targetId, action: 'claim.merged',
      before: { version: target.version, spans: existing.length + 1 },
      after: { version: target.version + 1, spans: known.size, mergedFrom: sources.map((s) => ({ id: s.id, quote: s.quote })), evidence: movedEvidence, comments: movedComments },
    });
    for (const source of sources) {
      recordEvent(tx, {
        actorId: actor.id, articleId: target.articleId, entityType: 'claim', entityId: source.id, action: 'claim.merged',
        before: { quote: source.quote, statement: source.statement, status: source.status, version: source.version },
        after: { mergedInto: targetId },
      });
    }
    return { claim: loadClaimDetail(tx, targetId), mergedIds: sourceIds };
  });
}
