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
  'claim.verdict_reused',
  'claim.recheck_confirmed',
  'evidence.added',
  'evidence.updated',
  'evidence.removed',
  'comment.added',
  // A new version of the article: one event with the carry-over counts, then one per claim
  // whose words changed or whose passage is gone (unchanged claims are in the counts only).
  'article.version_imported',
  'claim.text_changed',
  'claim.removed_from_text',
  'claim.placed_by_hand',
] as const;

/** Sent by the "Send test" button only. */
export const TEST_EVENT = 'webhook.test';

export const ALL_EVENTS = '*';

export function subscribes(events: readonly string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}

/** Per-claim bookkeeping of a version import: hundreds per import, all summed up in article.version_imported. */
const NOT_SENT = new Set(['claim.carried_over']);

/** Audit actions that may go out: the list above, and the article and claim actions later features add. */
export function isDeskEvent(action: string): boolean {
  if (NOT_SENT.has(action)) return false;
  return (WEBHOOK_EVENTS as readonly string[]).includes(action) || /^(article|claim|evidence|comment)\./.test(action);
}
