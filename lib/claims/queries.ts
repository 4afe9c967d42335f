// Reading claims: one claim with everything a reviewer needs, its history, the
// reviewer's queue a page at a time, and the people a claim can be assigned to.
import 'server-only';
import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db';
import { KeptWhileUnchanged } from '@/db/change-stamp';
import { preparedOnConnection, tableRowDecoder } from '@/db/prepared';
import {
  articles,
  auditEvents,
  claims,
  claimSpans,
  comments,
  evidence,
  users,
  type Claim,
  type ClaimAnchor,
  type ClaimSpan,
  type ClaimStatus,
  type Comment,
  type Evidence,
  type Role,
} from '@/db/schema';
import { z } from 'zod';
import { readableArticles, readerKey } from '@/lib/articles/access';
import type { Actor } from '@/lib/auth/permissions';
import { mentionsOf } from '@/lib/comments/mentions';
import { AppError, invalid } from '@/lib/errors';
import { historyText, peopleIn } from '@/lib/history/describe';
import { decodeCursor, pageSize, toPage, type Page } from '@/lib/pagination/cursor';
import { peopleNames } from './people';
import { isVerdict, suggestStatus, verdictWarning, type Verdict } from './status';

/** A transaction handle or the connection: reads run inside a change's transaction too. */
export type Reader = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface PersonRef {
  id: string;
  name: string;
}

export interface ClaimDetail extends Claim {
  assignee: PersonRef | null;
  spans: ClaimSpan[];
  evidence: (Evidence & { addedBy: PersonRef })[];
  comments: (Comment & { author: PersonRef; mentions: PersonRef[] })[];
  suggestedStatus: Verdict | null;
  /** Set when the chosen verdict goes against the evidence ("Confirmed, but only one source supports it."). */
  warning: string | null;
}

export type AttachedEvidence = Evidence & { addedBy: PersonRef };

/**
 * The reads of one claim's detail, prepared once on the connection (db/prepared.ts): every
 * change reads its claim back, and building these queries afresh cost more than running them.
 */
function detailReads() {
  return preparedOnConnection('claims.detail', (db) => {
    const id = sql.placeholder('id');
    return {
      // Every claim column (read as an array, decoded by tableRowDecoder), then the assignee's name.
      claim: db.select({ ...getTableColumns(claims), assigneeName: users.name }).from(claims).leftJoin(users, eq(users.id, claims.assigneeId))
        .where(eq(claims.id, id)).prepare(),
      spans: db.select().from(claimSpans).where(eq(claimSpans.claimId, id)).orderBy(asc(claimSpans.start)).prepare(),
      evidence: db.select({ evidence, name: users.name }).from(evidence).innerJoin(users, eq(users.id, evidence.addedById))
        .where(eq(evidence.claimId, id)).orderBy(asc(evidence.createdAt)).prepare(),
      comments: db.select({ comment: comments, name: users.name }).from(comments).innerJoin(users, eq(users.id, comments.authorId))
        .where(eq(comments.claimId, id)).orderBy(asc(comments.createdAt)).prepare(),
    };
  });
}

const claimRow = tableRowDecoder(claims);

const withAddedBy = (r: { evidence: Evidence; name: string }): AttachedEvidence => ({ ...r.evidence, addedBy: { id: r.evidence.addedById, name: r.name } });

/** The evidence attached to these claims, oldest first, with who added it: one query for any number. */
export function evidenceForClaims(db: Reader, claimIds: string[]): AttachedEvidence[] {
  if (claimIds.length === 0) return [];
  return db
    .select({ evidence, name: users.name })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.addedById))
    .where(inArray(evidence.claimId, claimIds))
    .orderBy(asc(evidence.createdAt))
    .all()
    .map(withAddedBy);
}

/** The claim as the API returns it; also the `current` of a version conflict. */
export function loadClaimDetail(db: Reader, id: string): ClaimDetail {
  // The statements belong to the connection, so they run inside the caller's transaction too.
  const reads = detailReads();
  const values = reads.claim.values({ id })[0] as unknown[] | undefined;
  if (!values) throw new AppError('not_found', 'This claim does not exist (it may have been merged or its article deleted).');
  const row = { claim: claimRow.decode(values), assigneeName: values[claimRow.width] as string | null };
  const spans = reads.spans.all({ id });
  const attached = reads.evidence.all({ id }).map(withAddedBy);
  const commentRows = reads.comments.all({ id });
  const mentioned = mentionsOf(db, commentRows.map((r) => r.comment.id));
  const { claim } = row;
  return {
    ...claim,
    assignee: claim.assigneeId ? { id: claim.assigneeId, name: row.assigneeName ?? '' } : null,
    spans,
    evidence: attached,
    comments: commentRows.map((r) => ({ ...r.comment, author: { id: r.comment.authorId, name: r.name }, mentions: mentioned.get(r.comment.id) ?? [] })),
    suggestedStatus: suggestStatus(attached),
    warning: verdictWarning(claim.status, attached),
  };
}

export function getClaim({ id }: { id: string }): ClaimDetail {
  return loadClaimDetail(getDb(), id);
}

/**
 * Insertion order of audit rows. Ids are random and several events can share a
 * millisecond, so SQLite's rowid is what keeps "newest first" true within one.
 */
export const AUDIT_ORDER = sql.raw('"audit_events"."rowid"');

export interface HistoryEntry {
  id: string;
  at: Date;
  action: string;
  actor: PersonRef | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The line people read (lib/history): "Dana Editor set the status to Confirmed (was In progress), 12 Mar 2026, 14:05 UTC". */
  text: string;
}

/** Every recorded change to a claim, newest first (evidence and comments are recorded on the claim). */
export function getClaimHistory({ claimId }: { claimId: string }, db: Reader = getDb()): HistoryEntry[] {
  const rows = db
    .select({ event: auditEvents, name: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.entityType, 'claim'), eq(auditEvents.entityId, claimId)))
    .orderBy(desc(auditEvents.createdAt), desc(AUDIT_ORDER))
    .all();
  const entries = rows.map(({ event, name }) => ({
    id: event.id,
    at: event.createdAt,
    action: event.action,
    actor: event.actorId ? { id: event.actorId, name: name ?? '' } : null,
    before: event.before ?? null,
    after: event.after ?? null,
  }));
  const names = peopleNames(db, entries.flatMap(peopleIn));
  const numbers = claimNumbersNamedIn(db, entries);
  const ctx = { name: (id: string) => names.get(id), claimNumber: (id: string) => numbers.get(id) };
  return entries.map((e) => ({ ...e, text: historyText(e, ctx) }));
}

/** Numbers of claims that events name by id only (recorded before claim numbers existed). */
function claimNumbersNamedIn(db: Reader, entries: { after: Record<string, unknown> | null }[]): Map<string, number> {
  const ids = entries.flatMap((e) => [e.after?.mergedInto, e.after?.splitInto, e.after?.splitFrom]).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: claims.id, number: claims.number }).from(claims).where(inArray(claims.id, ids)).all().map((c) => [c.id, c.number]));
}

export interface QueueItem {
  id: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  statement: string;
  status: ClaimStatus;
  dueAt: Date | null;
  version: number;
  overdue: boolean;
  /** Its text changed after work on it: back in the open group until someone sets a status. */
  needsRecheck: boolean;
  anchor: ClaimAnchor;
  /** For a removed claim, the last version its passage was in. */
  seenInVersion: number;
}

// The queue's order, written exactly as claims_queue_idx (drizzle/0009_archive_search.sql)
// indexes it, so SQLite reads each page straight off the index: open claims first (a verdict
// whose text changed in a new version is open work again), earliest due first with no due
// date last, then by article and position. The id makes it unique.
const CLOSED = sql<number>`(${claims.status} in ('confirmed', 'disputed', 'single_source') and ${claims.needsRecheck} = 0)`;
const DUE_KEY = sql<number>`coalesce(${claims.dueAt}, 9007199254740991)`;
// A literal, not a bound value, so the planner can prove the partial index's WHERE.
const NOT_DISMISSED = sql`${claims.status} <> 'dismissed'`;
const queueCursor = z.tuple([z.number().int().min(0).max(1), z.number(), z.string(), z.number().int(), z.string()]);

export const queueQuery = z.object({ limit: pageSize, cursor: z.string().max(2_000).optional() });

const keptQueuePages = new KeptWhileUnchanged<Page<QueueItem>>(64);

/**
 * One page of the reviewer's queue across articles. Dismissed spans are left out (nothing
 * to do); claims with a verdict stay, after the open ones, so a reviewer can revisit them.
 */
export function getMyClaims({ actor, now = new Date(), ...input }: { actor: Actor; now?: Date } & z.input<typeof queueQuery>): Page<QueueItem> {
  const parsed = queueQuery.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { limit, cursor } = parsed.data;
  const after = decodeCursor(cursor, queueCursor);
  const at = now.getTime();
  // A reviewer reopening the queue while nothing changed gets the page read last time, until
  // one of its claims falls due (the page marks overdue ones).
  return keptQueuePages.getAt(`${actor.id}:${readerKey(actor)}:${limit}:${cursor ?? ''}`, at, () => {
    const rows = getDb()
      .select({
        id: claims.id,
        articleId: claims.articleId,
        articleTitle: articles.title,
        quote: claims.quote,
        statement: claims.statement,
        status: claims.status,
        dueAt: claims.dueAt,
        version: claims.version,
        start: claims.start,
        needsRecheck: claims.needsRecheck,
        anchor: claims.anchor,
        seenInVersion: claims.seenInVersion,
        closed: CLOSED,
        dueKey: DUE_KEY,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(
        readableArticles(actor),
        eq(claims.assigneeId, actor.id),
        NOT_DISMISSED,
        after ? sql`(${CLOSED}, ${DUE_KEY}, ${claims.articleId}, ${claims.start}, ${claims.id}) > (${after[0]}, ${after[1]}, ${after[2]}, ${after[3]}, ${after[4]})` : undefined,
      ))
      .orderBy(CLOSED, DUE_KEY, claims.articleId, claims.start, claims.id)
      .limit(limit + 1)
      .all();
    const due = (r: { status: ClaimStatus; needsRecheck: boolean; dueAt: Date | null }) => (!isVerdict(r.status) || r.needsRecheck) && r.dueAt !== null;
    const page = toPage(
      rows,
      limit,
      (r) => [Number(r.closed), Number(r.dueKey), r.articleId, r.start, r.id],
      ({ start: _start, closed: _closed, dueKey: _dueKey, ...r }) => ({ ...r, overdue: due(r) && r.dueAt!.getTime() < at }),
    );
    const nextDue = Math.min(...page.items.filter((r) => due(r) && r.dueAt!.getTime() >= at).map((r) => r.dueAt!.getTime()));
    return { value: page, until: nextDue };
  });
}

export interface QueueSummary {
  total: number;
  open: number;
  overdue: number;
  rechecks: number;
}

const keptSummaries = new KeptWhileUnchanged<QueueSummary>(256);

/**
 * "12 of 5,000 claims assigned to you still need a verdict; 3 overdue". Grouped by the
 * queue index's own expressions, so SQLite counts from the index without reading a claim.
 * Every page a person opens shows it (the My claims badge), so it is kept while nothing
 * changes and no open claim falls due: counting a 5,000-claim queue takes a millisecond.
 */
export function getQueueSummary({ actor, now = new Date() }: { actor: Actor; now?: Date }): QueueSummary {
  const at = now.getTime();
  return keptSummaries.getAt(actor.id, at, () => {
    const summary = preparedOnConnection('claims.queueSummary', (db) => db
      .select({
        closed: CLOSED, n: sql<number>`count(*)`, late: sql<number>`sum(${DUE_KEY} < ${sql.placeholder('now')})`,
        rechecks: sql<number>`sum(${claims.needsRecheck})`,
      })
      .from(claims)
      .where(and(eq(claims.assigneeId, sql.placeholder('assigneeId')), NOT_DISMISSED))
      .groupBy(CLOSED)
      .prepare());
    // When the overdue count next changes: the first open claim due from now on (one index seek).
    const nextDue = preparedOnConnection('claims.queueNextDue', (db) => db
      .select({ at: sql<number | null>`min(${DUE_KEY})` })
      .from(claims)
      .where(and(eq(claims.assigneeId, sql.placeholder('assigneeId')), NOT_DISMISSED, sql`${CLOSED} = 0`, sql`${DUE_KEY} >= ${sql.placeholder('now')}`))
      .prepare());
    const groups = summary.all({ now: at, assigneeId: actor.id });
    const open = groups.find((g) => !Number(g.closed));
    const total = groups.reduce((n, g) => n + Number(g.n), 0);
    const until = nextDue.get({ now: at, assigneeId: actor.id })?.at ?? Infinity;
    return { value: { total, open: Number(open?.n ?? 0), overdue: Number(open?.late ?? 0), rechecks: Number(open?.rechecks ?? 0) }, until: Number(until) };
  });
}
export const ASSIGNABLE_ROLES: readonly Role[] = ['reviewer', 'editor', 'admin'];

type Assignable = { id: string; name: string; role: Role };
const keptAssignable = new KeptWhileUnchanged<Assignable[]>(1);

/**
 * Active accounts a claim can be assigned to, by name. Kept while nothing changes when read
 * outside a transaction: the search page's reviewer filter asked for it on every view.
 */
export function listAssignableUsers(db?: Reader): Assignable[] {
  const read = (reader: Reader) => reader
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(isNull(users.disabledAt), inArray(users.role, [...ASSIGNABLE_ROLES])))
    .orderBy(asc(users.name))
    .all();
  return db ? read(db) : keptAssignable.get('assignable', () => read(getDb()));
}
