// "Dana Editor just set this to Disputed": a live change to the claim someone has open,
// said in a sentence. Plain data in, so the board can use it in the browser.
import { STATUS_LABELS } from '@/lib/claims/status';

interface Change {
  type: string;
  actor: { name: string } | null;
  change?: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

export function describeLiveChange(event: Change, people: { id: string; name: string }[] = []): string {
  const who = event.actor?.name ?? 'Someone';
  const after = event.change?.after ?? {};
  const status = typeof after.status === 'string' ? STATUS_LABELS[after.status as keyof typeof STATUS_LABELS] : undefined;
  if (event.type === 'comment.added') return `${who} just commented on this claim.`;
  if (event.type === 'evidence.added') return `${who} just added evidence${status ? ` (it is now ${status})` : ''}.`;
  if (event.type === 'evidence.removed') return `${who} just removed evidence.`;
  if (event.type === 'claim.split') return `${who} just split this claim in two.`;
  if (event.type === 'claim.merged') return after.mergedInto ? `${who} just merged this claim into another.` : `${who} just merged other claims into this one.`;
  const parts: string[] = [];
  if (status) parts.push(`set this to ${status}`);
  if ('statement' in after) parts.push('edited the statement');
  if ('assigneeId' in after) {
    const to = people.find((p) => p.id === after.assigneeId)?.name;
    parts.push(after.assigneeId ? `assigned this to ${to ?? 'someone else'}` : 'unassigned this');
  } else if ('dueAt' in after) parts.push('changed the due time');
  if ('kind' in after || 'attributionSource' in after) parts.push('edited its details');
  return parts.length ? `${who} just ${parts.join(' and ')}.` : `${who} just changed this claim.`;
}
