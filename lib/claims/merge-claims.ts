// Merging claims that state the same thing: the target gains the others' spans, evidence and
// comments, and keeps the reviewer, the tightest due time and the most advanced status
// (lib/claims/merge-plan.ts); where the claims disagree the editor must choose. The result
// says in words what was kept, so nothing a reviewer found or was given is lost silently.
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { CLAIM_STATUSES, claims, claimSpans, comments, evidence, type Claim } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { findClaim, requireInText, requireVersion } from './claim-guard';
import { planMerge, type MergePlan } from './merge-plan';
import { loadClaimDetail, type ClaimDetail, type Reader } from './queries';
import { STATUS_LABELS } from './status';
import { requireAssignable } from './update-claim';
import { personName } from './people';

const version = z.coerce.number().int().min(1);

export const mergeInput = z.object({
  targetId: z.string().min(1),
  targetVersion: version,
  sourceIds: z.array(z.string().min(1)).min(1, 'Choose at least one claim to merge into this one.').max(200),
  sourceVersions: z.record(z.string(), version),
  /** Answers to the questions a merge asks when the claims disagree. */
  keep: z
    .object({
      status: z.enum(CLAIM_STATUSES).optional(),
      assigneeId: z.string().trim().min(1).nullable().optional(),
    })
    .optional(),
});
export type MergeInput = z.input<typeof mergeInput>;

export interface MergeKept {
  status: Claim['status'];
  assignee: { id: string; name: string } | null;
  dueAt: Date | null;
  evidence: number;
  comments: number;
  spans: number;
}

export interface MergeResult {
  claim: ClaimDetail;
  mergedIds: string[];
  kept: MergeKept;
  /** "Merged claims 4 and 9 into claim 3. It keeps Riley Reviewer as reviewer, …" */
  message: string;
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function refuseOpenQuestions(tx: Reader, plan: MergePlan, all: Claim[]): void {
  const fields: Record<string, string[]> = {};
  const numbers = list(all.map((c) => String(c.number)));
  if (plan.questions.status) {
    fields['keep.status'] = [`Claims ${numbers} have different verdicts (${list(plan.questions.status.map((s) => STATUS_LABELS[s]))}); choose the one the merged claim keeps.`];
  }
  if (plan.questions.assigneeId) {
    const names = plan.questions.assigneeId.map((id) => personName(tx, id));
    fields['keep.assigneeId'] = [`Claims ${numbers} are assigned to different reviewers (${list(names)}); choose who checks the merged claim.`];
  }
  const messages = Object.values(fields).flat();
  if (messages.length) throw new AppError('invalid', messages.join(' '), { fields });
}

export function describeMerge(target: Pick<Claim, 'number'>, sources: Pick<Claim, 'number'>[], kept: MergeKept): string {
  const merged = sources.length === 1 ? `claim ${sources[0]!.number}` : `claims ${list(sources.map((s) => String(s.number)))}`;
  const keeps = [
    kept.assignee ? `${kept.assignee.name} as reviewer` : 'no reviewer',
    kept.dueAt ? `due ${utc(kept.dueAt)}` : 'no due time',
    `status ${STATUS_LABELS[kept.status]}`,
  ];
  const moved = [plural(kept.evidence, 'piece of evidence', 'pieces of evidence'), plural(kept.comments, 'comment')];
  return `Merged ${merged} into claim ${target.number}. It keeps ${list(keeps)}, and gained ${list(moved)}.`;
}

export function mergeClaims(actor: Actor, input: MergeInput): MergeResult {
  const parsed = mergeInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { targetId, targetVersion, sourceVersions, keep } = parsed.data;
  const sourceIds = [...new Set(parsed.data.sourceIds)];
  if (sourceIds.includes(targetId)) throw invalid([{ path: ['sourceIds'], message: 'A claim cannot be merged into itself.' }]);
  return getDb().transaction((tx) => {
    const target = findClaim(tx, targetId);
    const sources = sourceIds.map((id) => findClaim(tx, id));
    requirePermission(actor, 'claims.edit');
    if (sources.some((s) => s.articleId !== target.articleId)) {
      throw invalid([{ path: ['sourceIds'], message: 'Only claims from the same article can be merged.' }]);
    }
    requireVersion(tx, target, targetVersion, actor);
    requireInText(target);
    for (const source of sources) requireInText(source);
    for (const source of sources) {
      const seen = sourceVersions[source.id];
      if (seen === undefined) throw invalid([{ path: ['sourceVersions', source.id], message: 'The version of a merged claim is missing.' }]);
      requireVersion(tx, source, seen, actor);
    }
    const plan = planMerge(target, sources, keep ?? {});
    refuseOpenQuestions(tx, plan, [target, ...sources]);
    if (plan.assigneeId && plan.assigneeId !== target.assigneeId) requireAssignable(tx, plan.assigneeId);

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

    const change = { status: plan.status, assigneeId: plan.assigneeId, dueAt: plan.dueAt, attributionSource: plan.attributionSource };
    const changed = Object.fromEntries(
      Object.entries(change).filter(([k, v]) => {
        const was = target[k as keyof typeof change];
        return was instanceof Date || v instanceof Date ? was?.valueOf() !== v?.valueOf() : was !== v;
      }),
    ) as Partial<typeof change>;
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
    const now = new Date();
    tx.update(claims).set({ ...changed, version: target.version + 1, updatedAt: now }).where(eq(claims.id, targetId)).run();
    recordEvent(tx, {
      actorId: actor.id, articleId: target.articleId, entityType: 'claim', entityId: targetId, action: 'claim.merged',
      before: { ...Object.fromEntries(Object.keys(changed).map((k) => [k, iso(target[k as keyof typeof change]) ?? null])), version: target.version, spans: existing.length + 1 },
      after: {
        ...Object.fromEntries(Object.entries(changed).map(([k, v]) => [k, iso(v) ?? null])),
        version: target.version + 1,
        spans: known.size,
        mergedFrom: sources.map((s) => ({ id: s.id, number: s.number, quote: s.quote, statement: s.statement, status: s.status })),
        evidence: movedEvidence,
        comments: movedComments,
      },
    });
    for (const source of sources) {
      recordEvent(tx, {
        actorId: actor.id, articleId: target.articleId, entityType: 'claim', entityId: source.id, action: 'claim.merged',
        before: { quote: source.quote, statement: source.statement, status: source.status, version: source.version },
        after: { mergedInto: targetId, mergedIntoNumber: target.number },
      });
    }
    const claim = loadClaimDetail(tx, targetId);
    const kept: MergeKept = {
      status: claim.status,
      assignee: claim.assignee,
      dueAt: claim.dueAt,
      evidence: movedEvidence,
      comments: movedComments,
      spans: known.size,
    };
    return { claim, mergedIds: sourceIds, kept, message: describeMerge(target, sources, kept) };
  });
}
