// Changing a claim: its status (the verdict), statement, kind, attribution, assignee and
// due time — one claim at a time, or an assignment for several claims at once.
import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { driverValues, preparedOnConnection, rawPlaceholders } from '@/db/prepared';
import { CLAIM_KINDS, CLAIM_STATUSES, claims, users, type Claim } from '@/db/schema';
import { diff, recordEvent } from '@/lib/audit/record-event';
import { can, requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import { describeLastChange, findClaim, requireReviewAccess, requireVersion } from './claim-guard';
import { ASSIGNABLE_ROLES, loadClaimDetail, type ClaimDetail, type Reader } from './queries';
import { cleanFields } from '@/lib/text/clean-text';

export const MAX_STATEMENT_CHARS = 2_000;

const version = z.coerce.number({ message: 'The claim version is missing.' }).int().min(1);
const dueAt = z.coerce.date({ message: 'Enter a valid due date and time.' }).nullable();
const assigneeId = z.string().trim().min(1).nullable();

export const claimChange = z.object({
  version,
  status: z.enum(CLAIM_STATUSES).optional(),
  statement: z
    .string()
    .trim()
    .min(1, 'The statement cannot be empty.')
    .max(MAX_STATEMENT_CHARS, `Use at most ${MAX_STATEMENT_CHARS.toLocaleString('en')} characters for the statement.`)
    .optional(),
  assigneeId: assigneeId.optional(),
  dueAt: dueAt.optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  attributionSource: z.string().trim().max(300, 'Use at most 300 characters for the attribution.').nullable().optional(),
});
export type ClaimChange = z.input<typeof claimChange>;

/** Only an active account with a desk role can be given claims. */
export function requireAssignable(tx: Reader, id: string): void {
  const user = tx.select().from(users).where(eq(users.id, id)).get();
  const problem = !user
    ? 'There is no such account to assign this claim to.'
    : user.disabledAt
      ? `${user.name}'s account is disabled; choose someone else.`
      : !ASSIGNABLE_ROLES.includes(user.role)
        ? `${user.name} cannot review claims.`
        : null;
  if (problem) throw new AppError('invalid', problem, { fields: { assigneeId: [problem] } });
}

/** Editors may change anything; a reviewer only the status of a claim assigned to them, never to or from dismissed. */
function requireChangeAccess(actor: Actor, claim: Claim, change: Omit<z.output<typeof claimChange>, 'version'>): void {
  const editing = change.statement !== undefined || change.kind !== undefined || change.attributionSource !== undefined;
  const assigning = change.assigneeId !== undefined || change.dueAt !== undefined;
  if (can(actor, 'claims.review_any')) {
    if (editing) requirePermission(actor, 'claims.edit');
    if (assigning) requirePermission(actor, 'claims.assign');
    return;
  }
  if (editing || assigning) {
    throw new AppError('forbidden', 'Reviewers can change only the status of a claim; ask an editor to change its wording, kind, attribution, assignee or due time.');
  }
  requireReviewAccess(actor, claim);
  if (change.status === 'dismissed' || (change.status !== undefined && claim.status === 'dismissed')) {
    throw new AppError('forbidden', 'Only an editor can mark a span as not a claim, or bring a dismissed claim back.');
  }
}

// Bookkeeping that rides along with a change and does not name it.
const RIDERS = new Set(['version', 'needsRecheck', 'anchor', 'previousQuote']);

function actionFor(after: Record<string, unknown>): string {
  const keys = Object.keys(after).filter((k) => !RIDERS.has(k));
  if (keys.length === 0 && after.needsRecheck === false) return 'claim.recheck_confirmed';
  if (keys.length === 1 && keys[0] === 'status') return 'claim.status_changed';
  if (keys.every((k) => k === 'assigneeId' || k === 'dueAt')) return 'claim.assigned';
  return 'claim.updated';
}

const claimColumns = getTableColumns(claims);

// One prepared UPDATE per set of changed columns (a status; a statement; an assignee and due
// time...: a handful), built once on the connection (db/prepared.ts) instead of once a change.
// Values bind as the driver stores them (rawPlaceholders, driverValues).
function writeClaim(id: string, values: Partial<Claim>): void {
  const set = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== undefined && key in claimColumns && key !== 'id'));
  const keys = Object.keys(set).sort();
  const statement = preparedOnConnection(`claims.update ${keys.join(',')}`, (db) => db.update(claims)
    .set(rawPlaceholders(keys) as Partial<Claim>).where(eq(claims.id, sql.placeholder('id'))).prepare());
  statement.run({ ...driverValues(claims, set), id });
}

/** Writes a change the caller has already checked: bumps the version and records the before/after. */
function applyChange(tx: Reader, actor: Actor, claim: Claim, change: Partial<Claim>): boolean {
  const { before, after, changed } = diff(claim, change);
  if (!changed) return false;
  const next = { ...change, version: claim.version + 1, updatedAt: new Date() };
  writeClaim(claim.id, next);
  recordEvent(tx, {
    actorId: actor.id, articleId: claim.articleId, entityType: 'claim', entityId: claim.id, action: actionFor(after),
    before: { ...before, version: claim.version }, after: { ...after, version: next.version },
  });
  return true;
}

/**
 * Setting a status on a claim whose text changed is the re-check: confirming the same verdict
 * counts. It clears the flag, and the claim's text is current again for whoever reads it.
 */
function recheckDone(claim: Claim, status: Claim['status'] | undefined): Partial<Claim> {
  if (status === undefined || !claim.needsRecheck) return {};
  return claim.anchor === 'edited' ? { needsRecheck: false, anchor: 'current', previousQuote: null } : { needsRecheck: false };
}

export function updateClaim(actor: Actor, claimId: string, input: ClaimChange): ClaimDetail {
  const parsed = claimChange.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { version: seen, ...change } = parsed.data;
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<Claim>;
  return getDb().transaction((tx) => {
    const claim = findClaim(tx, claimId);
    requireChangeAccess(actor, claim, change);
    requireVersion(tx, claim, seen, actor);
    if (change.assigneeId) requireAssignable(tx, change.assigneeId);
    // A new attribution no longer points at the words the extractor found for the old one.
    if (defined.attributionSource !== undefined && defined.attributionSource !== claim.attributionSource) {
      Object.assign(defined, { attributionSource: defined.attributionSource || null, attributionStart: null, attributionEnd: null });
    }
    applyChange(tx, actor, claim, { ...defined, ...recheckDone(claim, change.status) });
    return loadClaimDetail(tx, claimId);
  });
}

export const bulkAssignment = z.object({
  claimIds: z.array(z.string().min(1)).min(1, 'Choose at least one claim.').max(1_000),
  versions: z.record(z.string(), version),
  assigneeId,
  /** Omitted keeps each claim's due time; null clears it. */
  dueAt: dueAt.optional(),
});
export type BulkAssignment = z.input<typeof bulkAssignment>;

/** Assigns several claims in one transaction: if any was changed meanwhile, none is assigned. */
export function bulkAssign(actor: Actor, input: BulkAssignment): { claims: ClaimDetail[] } {
  requirePermission(actor, 'claims.assign');
  const parsed = bulkAssignment.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const ids = [...new Set(parsed.data.claimIds)];
  const { versions, assigneeId: to, dueAt: due } = parsed.data;
  const missingVersion = ids.filter((id) => versions[id] === undefined);
  if (missingVersion.length) throw invalid([{ path: ['versions'], message: `The version of ${missingVersion.length} claim(s) is missing.` }]);
  return getDb().transaction((tx) => {
    const rows = tx.select().from(claims).where(inArray(claims.id, ids)).all();
    if (rows.length !== ids.length) {
      throw new AppError('not_found', `${ids.length - rows.length} of the chosen claims no longer exist; reload and try again.`);
    }
    const stale = rows.filter((c) => c.version !== versions[c.id]);
    if (stale.length) {
      throw new AppError(
        'conflict',
        `${stale.length} of ${rows.length} claims were changed by someone else (${describeLastChange(tx, stale[0]!.id)}); nothing was assigned. Review the changes and try again.`,
        { current: stale.map((c) => loadClaimDetail(tx, c.id)) },
      );
    }
    if (to) requireAssignable(tx, to);
    for (const claim of rows) {
      applyChange(tx, actor, claim, due === undefined ? { assigneeId: to } : { assigneeId: to, dueAt: due });
    }
    return { claims: ids.map((id) => loadClaimDetail(tx, id)) };
  });
}
