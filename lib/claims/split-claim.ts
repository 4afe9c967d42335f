// Splitting a claim that holds two checkable statements into two claims at a point in its
// span. Both parts keep what the reviewer was given and found: the reviewer, the due time, the
// status, the evidence and the comments (copied to the new part), and each part is trimmed of
// the words that joined them ("…in September, and"). The new part gets the next claim number.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles, claims, comments, evidence } from '@/db/schema';
import { diff, recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { anchorSpan, trimSplitPart } from './anchor';
import { findClaim, requireInText, requireVersion } from './claim-guard';
import { takeClaimNumber } from './numbering';
import { loadClaimDetail, type ClaimDetail } from './queries';
import { STATUS_LABELS } from './status';
import { splitsCharacter } from '@/lib/text/clean-text';

export const splitInput = z.object({
  claimId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  at: z.coerce.number({ message: 'Choose where to split the claim.' }).int(),
});
export type SplitInput = z.input<typeof splitInput>;

export interface SplitResult {
  first: ClaimDetail;
  second: ClaimDetail;
  /** "Claim 6 split into claims 6 and 23; both keep …" */
  message: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function splitClaim(actor: Actor, input: SplitInput): SplitResult {
  const parsed = splitInput.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { claimId, version, at } = parsed.data;
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requirePermission(actor, 'claims.edit');
    requireVersion(tx, claim, version, actor);
    requireInText(claim);
    if (at <= claim.start || at >= claim.end) {
      throw invalid([{ path: ['at'], message: 'Split the claim at a point inside its text, not at either end.' }]);
    }
    const { body } = tx.select({ body: articles.body }).from(articles).where(eq(articles.id, claim.articleId)).get()!;
    if (splitsCharacter(body, at)) {
      throw invalid([{ path: ['at'], message: 'That point is inside a character (an emoji or a rare letter); split between characters.' }]);
    }
    const head = trimSplitPart(body, claim.start, at, 'head');
    const tail = trimSplitPart(body, at, claim.end, 'tail');
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

    // The attribution applies to the whole sentence, so both halves keep it; so do the
    // reviewer, the due time and the status, since the reviewer was asked to check all of it.
    const secondId = newId();
    const secondNumber = takeClaimNumber(tx, claim.articleId);
    tx.insert(claims)
      .values({
        id: secondId,
        articleId: claim.articleId,
        number: secondNumber,
        ...second,
        statement: second.quote,
        attributionSource: claim.attributionSource,
        attributionStart: claim.attributionStart,
        attributionEnd: claim.attributionEnd,
        kind: claim.kind,
        score: claim.score,
        scoreReasons: claim.scoreReasons,
        status: claim.status,
        origin: 'split',
        assigneeId: claim.assigneeId,
        dueAt: claim.dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    // Sources and discussion found for the whole sentence apply to both parts: copies, with
    // who added them and when, so the new part's reviewer sees them without hunting.
    const attached = tx.select().from(evidence).where(eq(evidence.claimId, claimId)).all();
    for (const row of attached) tx.insert(evidence).values({ ...row, id: newId(), claimId: secondId }).run();
    const discussed = tx.select().from(comments).where(eq(comments.claimId, claimId)).all();
    for (const row of discussed) tx.insert(comments).values({ ...row, id: newId(), claimId: secondId }).run();

    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claimId, action: 'claim.split',
      before: { ...before, version: claim.version },
      after: { ...after, version: claim.version + 1, splitInto: secondId, splitIntoNumber: secondNumber },
    });
    recordEvent(tx, {
      actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: secondId, action: 'claim.created',
      before: null,
      after: {
        number: secondNumber, start: second.start, end: second.end, quote: second.quote, origin: 'split',
        splitFrom: claimId, splitFromNumber: claim.number, status: claim.status, assigneeId: claim.assigneeId,
        evidence: attached.length, comments: discussed.length, version: 1,
      },
    });
    const keeps = [
      claim.assigneeId ? 'the reviewer' : null,
      claim.dueAt ? 'the due time' : null,
      `status ${STATUS_LABELS[claim.status]}`,
      plural(attached.length, 'piece of evidence', 'pieces of evidence'),
      plural(discussed.length, 'comment'),
    ].filter(Boolean);
    const message = `Claim ${claim.number} split into claims ${claim.number} and ${secondNumber}; both keep ${keeps.slice(0, -1).join(', ')} and ${keeps.at(-1)}.`;
    return { first: loadClaimDetail(tx, claimId), second: loadClaimDetail(tx, secondId), message };
  });
}
