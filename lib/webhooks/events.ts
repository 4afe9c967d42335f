// The desk events other systems can subscribe to: the audit actions on articles and claims.
// Account and token changes are not among them; they stay inside Claimdesk.
export const WEBHOOK_EVENTS = [
  'article.imported',
  'article.updated',
  'article.deleted',
  'claim.created',
  'claim.updated',
  'claim.status_changed',
  'claim.assigned',
  'claim.split',
  'claim.merged',
  'evidence.added',
  'evidence.removed',
  'comment.added',
] as const;

/** Sent by the "Send test" button only. */
export const TEST_EVENT = 'webhook.test';

export const ALL_EVENTS = '*';

export function subscribes(events: readonly string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}

/** Audit actions that may go out: the list above, and the article and claim actions later features add. */
export function isDeskEvent(action: string): boolean {
  return (WEBHOOK_EVENTS as readonly string[]).includes(action) || /^(article|claim|evidence|comment)\./.test(action);
}
