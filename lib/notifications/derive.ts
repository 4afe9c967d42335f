// What a change means for the people on the desk, read from the audit event it wrote and
// decided in the same transaction. Each person gets at most one notification per event:
// the first rule that names them wins (a mention beats "a comment on your claim").
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { preparedOnConnection } from '@/db/prepared';
import { articles, auditEvents, claims, users, type NotificationType } from '@/db/schema';
import type { RecordedEvent } from '@/lib/audit/record-event';
import { isVerdict } from '@/lib/claims/status';
import { notify } from './create';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
type Fields = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Who last gave this claim a verdict (the person to tell when its text changes). */
function lastVerdictBy(tx: Tx, claimId: string, excludeEventId: string): string | null {
  const row = tx
    .select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(
      eq(auditEvents.entityType, 'claim'), eq(auditEvents.entityId, claimId),
      sql`json_extract(${auditEvents.after}, '$.status') in ('confirmed', 'disputed', 'single_source')`,
      sql`${auditEvents.id} <> ${excludeEventId}`,
    ))
    .orderBy(desc(sql`"audit_events"."rowid"`))
    .limit(1)
    .get();
  return row?.actorId ?? null;
}

// What every claim event reads, prepared once on the connection (db/prepared.ts): they run
// in the change's own transaction without drizzle building them for each event.
const eventReads = () => preparedOnConnection('notifications.derive', (db) => {
  const id = sql.placeholder('id');
  return {
    article: db.select({ title: articles.title, importedById: articles.importedById }).from(articles).where(eq(articles.id, id)).prepare(),
    // Only what the rules and the notification text use: a claim row is wide (quote, context, reasons).
    claim: db.select({ id: claims.id, assigneeId: claims.assigneeId, statement: claims.statement, dueAt: claims.dueAt }).from(claims).where(eq(claims.id, id)).prepare(),
    actorName: db.select({ name: users.name }).from(users).where(eq(users.id, id)).prepare(),
  };
});

export function deriveNotifications(tx: Tx, event: RecordedEvent): void {
  if (event.entityType !== 'claim' || !event.articleId) return;
  const after: Fields = event.after ?? {};
  const before: Fields = event.before ?? {};
  const reads = eventReads();
  const article = reads.article.get({ id: event.articleId });
  if (!article) return;
  // After the change; gone when it was merged into another claim.
  const claim = reads.claim.get({ id: event.entityId });
  const comment = (after.comment ?? null) as { body?: string; mentions?: string[] } | null;
  const evidence = (after.evidence ?? null) as { stance?: string; publisher?: string } | null;

  const wanted = new Map<string, NotificationType>();
  const add = (userId: string | null | undefined, type: NotificationType) => {
    if (userId && userId !== event.actorId && !wanted.has(userId)) wanted.set(userId, type);
  };

  if (event.action === 'comment.added') for (const id of comment?.mentions ?? []) add(id, 'mentioned');
  // The second half of a split carries the reviewer over: not a new assignment (the text_changed below tells them).
  if ('assigneeId' in after && !('splitFrom' in after)) {
    add(str(after.assigneeId), 'assigned');
    add(str(before.assigneeId), 'unassigned');
  }
  if (event.action === 'comment.added') add(claim?.assigneeId, 'commented');
  const status = str(after.status);
  if (status && status !== before.status && isVerdict(status as never)) add(article.importedById, 'verdict');
  if (event.action === 'evidence.added' && evidence?.stance === 'contradicts') add(article.importedById, 'contradicted');
  // Whatever rewrote the claim's span (a new version of the article, a split), the verdict was given on other words.
  if (typeof after.quote === 'string' && typeof before.quote === 'string' && after.quote !== before.quote) {
    add(lastVerdictBy(tx, event.entityId, event.id), 'text_changed');
  }
  if (wanted.size === 0) return;

  const actor = event.actorId ? reads.actorName.get({ id: event.actorId }) : undefined;
  const statement = claim?.statement ?? str(before.statement) ?? str(before.quote) ?? '';
  for (const [userId, type] of wanted) {
    notify(tx, {
      userId, type, key: `${event.id}:${userId}`, articleId: event.articleId, claimId: claim ? claim.id : null, actorId: event.actorId ?? null, at: event.createdAt,
      text: {
        actor: actor?.name ?? null, articleTitle: article.title, statement,
        dueAt: type === 'assigned' ? (claim?.dueAt ?? null) : null,
        status: status ?? undefined, comment: comment?.body, publisher: evidence?.publisher,
      },
    });
  }
}
