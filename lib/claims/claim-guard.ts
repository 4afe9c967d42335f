// The steps every change to a claim shares: find it, check who may touch it, and refuse
// a write based on a version the user no longer sees, naming who changed it meanwhile.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { preparedOnConnection, tableRowDecoder } from '@/db/prepared';
import { auditEvents, claims, users, type Claim } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { AUDIT_ORDER, loadClaimDetail, type Reader } from './queries';
import { STATUS_LABELS } from './status';

// Every change starts here: prepared once on the connection (db/prepared.ts), it runs in the
// caller's transaction (SQLite has one per connection) without drizzle building it again.
// The row is read as an array and decoded column by column (tableRowDecoder): drizzle's generic
// row mapping of a claim's ~30 columns cost more than SQLite's read.
const claimById = () => preparedOnConnection('claims.findClaim', (db) => db.select(getTableColumns(claims)).from(claims).where(eq(claims.id, sql.placeholder('id'))).prepare());
const claimRow = tableRowDecoder(claims);

export function findClaim(_tx: Reader, claimId: string): Claim {
  const values = claimById().values({ id: claimId })[0] as unknown[] | undefined;
  const claim = values && claimRow.decode(values);
  if (!claim) throw new AppError('not_found', 'This claim does not exist (it may have been merged or its article deleted).');
  return claim;
}

/** Splitting or merging works on offsets into the latest text, which a removed claim does not have. */
export function requireInText(claim: Pick<Claim, 'anchor' | 'seenInVersion'>): void {
  if (claim.anchor !== 'removed') return;
  throw new AppError('invalid', `This claim's passage is no longer in the text (last seen in version ${claim.seenInVersion}). Place it by selecting its new passage, or dismiss it, first.`);
}

/** Editors review any claim; a reviewer only the claims assigned to them. */
export function canReview(actor: Actor, claim: Pick<Claim, 'assigneeId'>): boolean {
  return can(actor, 'claims.review_any') || (can(actor, 'claims.review') && claim.assigneeId === actor.id);
}

export function requireReviewAccess(actor: Actor, claim: Pick<Claim, 'assigneeId'>): void {
  if (canReview(actor, claim)) return;
  if (!can(actor, 'claims.review')) throw new AppError('forbidden', `Your role (${actor.role}) does not allow reviewing claims.`);
  throw new AppError(
    'forbidden',
    claim.assigneeId
      ? 'This claim is assigned to someone else; only they or an editor can change it.'
      : 'This claim is not assigned to you; ask an editor to assign it before you change it.',
  );
}

function hhmm(at: Date): string {
  return `${at.toISOString().slice(11, 16)} UTC`;
}

export interface LastChange {
  actor: { id: string; name: string } | null;
  at: string;
  /** "set status to In progress", "edited the statement" */
  what: string;
}

/** The newest change that bumped the version: who, when, and what in a few words. */
export function lastChangeOf(tx: Reader, claimId: string): LastChange | null {
  const events = tx
    .select({ action: auditEvents.action, after: auditEvents.after, at: auditEvents.createdAt, actorId: auditEvents.actorId, name: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, 'claim'), eq(auditEvents.entityId, claimId)))
    .orderBy(desc(auditEvents.createdAt), desc(AUDIT_ORDER))
    .limit(20)
    .all();
  // Comments don't bump the version, so the newest event that did is the one that caused the conflict.
  const last = events.find((e) => e.after && 'version' in e.after) ?? events[0];
  if (!last) return null;
  const after = last.after ?? {};
  let what = 'changed it';
  const byAction: Record<string, string> = {
    'claim.text_changed': `imported version ${String(after.articleVersion)}, which changed its text,`,
    'claim.removed_from_text': `imported version ${String(after.articleVersion)}, which no longer has its passage,`,
    'claim.placed_by_hand': 'placed it in the text by hand',
    'claim.recheck_confirmed': 'confirmed it after its text changed',
  };
  if (byAction[last.action]) what = byAction[last.action]!;
  else if (typeof after.status === 'string' && after.status in STATUS_LABELS) {
    what = `set status to ${STATUS_LABELS[after.status as keyof typeof STATUS_LABELS]}`;
  } else if (last.action === 'evidence.added') what = 'added evidence';
  else if (last.action === 'evidence.removed') what = 'removed evidence';
  else if (last.action === 'evidence.updated') what = 'edited evidence';
  else if ('assigneeId' in after) what = 'changed the assignee';
  else if ('statement' in after) what = 'edited the statement';
  else if ('attributionSource' in after) what = 'changed the attribution';
  else if ('kind' in after) what = 'changed the kind';
  else if (last.action === 'claim.merged') what = 'merged claims into it';
  else if (last.action === 'claim.split') what = 'split it';
  return { actor: last.actorId ? { id: last.actorId, name: last.name ?? 'a former colleague' } : null, at: last.at.toISOString(), what };
}

/** "Dana Editor set status to Confirmed at 14:05 UTC", from the newest change that bumped the version. */
export function describeLastChange(tx: Reader, claimId: string): string {
  const last = lastChangeOf(tx, claimId);
  if (!last) return 'someone changed it';
  return `${last.actor?.name ?? 'The system'} ${last.what} at ${hhmm(new Date(last.at))}`;
}

/**
 * Throws a conflict carrying the current claim when the user's version is stale. When the
 * newer change was the same person's (another tab, another window), it says so: "someone
 * else" would send them looking for a colleague who does not exist.
 */
export function requireVersion(tx: Reader, claim: Claim, version: number, actor: Pick<Actor, 'id'>): void {
  if (claim.version === version) return;
  const last = lastChangeOf(tx, claim.id);
  const yours = Boolean(actor && last?.actor?.id === actor.id);
  const message = yours && last
    ? `You changed this claim in your other tab at ${hhmm(new Date(last.at))} (${last.what}). Nothing was saved here; compare the two versions and choose.`
    : `Someone else changed this claim while you were looking at it: ${describeLastChange(tx, claim.id)}. Review their change and try again.`;
  throw new AppError('conflict', message, { current: { ...loadClaimDetail(tx, claim.id), lastChange: last && { ...last, byYou: yours } } });
}
