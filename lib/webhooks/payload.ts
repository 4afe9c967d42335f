// What a webhook delivery says: a JSON document about one desk event, or for Slack-style
// endpoints a {"text": …} line a chat channel can show. Built in the change's transaction,
// so it describes the claim exactly as that change left it.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { articles, claims, users } from '@/db/schema';
import type { RecordedEvent } from '@/lib/audit/record-event';
import { STATUS_LABELS } from '@/lib/claims/status';
import { publicUrl } from '@/lib/env';
import { claimLink } from '@/lib/notifications/email';
import { excerpt } from '@/lib/notifications/text';

type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DeskEventDocument {
  id: string;
  eventId: string;
  type: string;
  at: string;
  actor: { id: string; name: string } | null;
  article: { id: string; title: string; url: string } | null;
  claim: { id: string; statement: string; status: string; assignee: { id: string; name: string } | null; dueAt: string | null; url: string } | null;
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

export function describeEvent(tx: Tx, event: RecordedEvent, deliveryId: string): DeskEventDocument {
  const actor = event.actorId ? tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, event.actorId)).get() ?? null : null;
  const articleId = event.articleId ?? (event.entityType === 'article' ? event.entityId : null);
  const article = articleId ? tx.select({ id: articles.id, title: articles.title }).from(articles).where(eq(articles.id, articleId)).get() : undefined;
  const claim = event.entityType === 'claim' ? tx.select().from(claims).where(eq(claims.id, event.entityId)).get() : undefined;
  const assignee = claim?.assigneeId ? tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, claim.assigneeId)).get() ?? null : null;
  return {
    id: deliveryId,
    eventId: event.id,
    type: event.action,
    at: event.createdAt.toISOString(),
    actor,
    article: article ? { ...article, url: claimLink(article.id, null) } : articleId ? { id: articleId, title: String(event.before?.title ?? ''), url: `${publicUrl()}/articles` } : null,
    claim: claim
      ? { id: claim.id, statement: claim.statement, status: claim.status, assignee, dueAt: claim.dueAt?.toISOString() ?? null, url: claimLink(claim.articleId, claim.id) }
      : null,
    change: { before: event.before ?? null, after: event.after ?? null },
  };
}

const VERBS: Record<string, string> = {
  'article.imported': 'imported',
  'article.updated': 'corrected the details of',
  'article.deleted': 'deleted',
  'claim.created': 'added a claim to',
  'claim.updated': 'changed a claim in',
  'claim.assigned': 'assigned a claim in',
  'claim.split': 'split a claim in',
  'claim.merged': 'merged claims in',
  'claim.verdict_reused': 'reused an earlier verdict on a claim in',
  'claim.recheck_confirmed': 'confirmed a claim still holds after a new version of',
  'claim.text_changed': 'imported a version that changed the words of a claim in',
  'claim.removed_from_text': 'imported a version that no longer has the passage of a claim in',
  'claim.placed_by_hand': 'placed a claim by hand in',
  'evidence.added': 'added evidence to a claim in',
  'evidence.updated': 'changed evidence on a claim in',
  'evidence.removed': 'removed evidence from a claim in',
  'comment.added': 'commented on a claim in',
  'article.version_imported': 'imported a new version of',
};

/** One line for a chat channel: who did what, where, and a link. */
export function slackText(doc: DeskEventDocument): string {
  const who = doc.actor?.name ?? 'Claimdesk';
  const title = doc.article ? `“${excerpt(doc.article.title, 80)}”` : 'an article';
  const status = doc.change.after?.status;
  const what = doc.type === 'claim.status_changed' && typeof status === 'string'
    ? `set a claim in ${title} to ${STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status}`
    : doc.type === 'webhook.test' ? 'sent a test message from Claimdesk' : `${VERBS[doc.type] ?? `(${doc.type})`} ${title}`;
  const claim = doc.claim ? `: “${excerpt(doc.claim.statement, 140)}”` : '';
  const url = doc.claim?.url ?? doc.article?.url;
  return `${who} ${what}${claim}${url ? ` <${url}|Open in Claimdesk>` : ''}`;
}
