// The sentence each notification shows, in the app and in email: who did what to which
// claim of which article. Only the claim's statement is quoted, never the article's text.
import type { NotificationType } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';

export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

const utc = (d: Date) => `${d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;

export interface TextInput {
  type: NotificationType;
  actor: string | null;
  articleTitle: string;
  statement: string;
  /** How many claims one assignment covered (bulk assignment). */
  count?: number;
  dueAt?: Date | null;
  status?: string;
  comment?: string;
  publisher?: string;
}

export function notificationText(i: TextInput): string {
  const who = i.actor ?? 'Someone';
  const where = `in “${excerpt(i.articleTitle, 80)}”`;
  const claim = `“${excerpt(i.statement)}”`;
  const many = (i.count ?? 1) > 1;
  const due = i.dueAt ? `, due ${utc(i.dueAt)}` : '';
  switch (i.type) {
    case 'assigned':
      return many ? `${who} assigned you ${i.count} claims ${where}${due}.` : `${who} assigned you a claim ${where}${due}: ${claim}`;
    case 'unassigned':
      return many ? `${who} took ${i.count} claims ${where} off you.` : `${who} took a claim ${where} off you: ${claim}`;
    case 'due_soon':
      return `A claim assigned to you ${where} is due ${i.dueAt ? utc(i.dueAt) : 'soon'}: ${claim}`;
    case 'overdue':
      return `A claim assigned to you ${where} is overdue${i.dueAt ? ` (it was due ${utc(i.dueAt)})` : ''}: ${claim}`;
    case 'mentioned':
      return `${who} mentioned you on a claim ${where}: “${excerpt(i.comment ?? '', 200)}”`;
    case 'commented':
      return `${who} commented on your claim ${where}: “${excerpt(i.comment ?? '', 200)}”`;
    case 'verdict':
      return `${who} set a claim ${where} to ${STATUS_LABELS[i.status as keyof typeof STATUS_LABELS] ?? i.status}: ${claim}`;
    case 'contradicted':
      return `${who} added evidence${i.publisher ? ` from ${i.publisher}` : ''} that contradicts a claim ${where}: ${claim}`;
    case 'text_changed':
      return `The text of a claim you gave a verdict ${where} changed; check that your verdict still holds: ${claim}`;
  }
}

/** Plain words for the settings page and the email footer. */
export const NOTIFICATION_LABELS: Record<NotificationType, string> = {
  assigned: 'A claim is assigned to me',
  unassigned: 'A claim is taken off me',
  due_soon: 'A claim of mine is due soon',
  overdue: 'A claim of mine is overdue',
  mentioned: 'Someone mentions me in a comment',
  commented: 'Someone comments on a claim assigned to me',
  verdict: 'A claim in an article I imported gets a verdict',
  contradicted: 'Contradicting evidence is added to a claim in an article I imported',
  text_changed: 'The text of a claim I gave a verdict changes',
};
