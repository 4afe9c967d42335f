// History as sentences: "Dana Editor merged claim 2 ('U.S. companies…') into this claim, 12 Mar
// 2026, 14:05 UTC". The one way the app, the API and every export turn an audit event into words.
import { HISTORY_DESCRIBERS } from './describers';
import type { DescribeContext, HistoryEvent } from './types';
import { historyTime } from './words';

export type { DescribeContext, Describer, HistoryEvent } from './types';
export { historyTime } from './words';

/** The sentence without the time. An action without a describer still reads as words, not a code. */
export function describeEvent(event: HistoryEvent, ctx: DescribeContext = {}): string {
  const who = event.actor?.name || 'Claimdesk';
  const describer = HISTORY_DESCRIBERS[event.action];
  if (describer) return describer(event, who, ctx);
  const [thing = 'item', verb = 'changed'] = event.action.split('.');
  return `${who} ${verb.replace(/_/g, ' ')} ${thing === 'claim' ? 'this claim' : `the ${thing.replace(/_/g, ' ')}`}`;
}

/** The sentence with its time, as history lists show it. */
export function historyText(event: HistoryEvent, ctx: DescribeContext = {}): string {
  return `${describeEvent(event, ctx)}, ${historyTime(event.at)}`;
}

/** Ids of people an event names (besides its actor), so callers can look their names up in one query. */
export function peopleIn(event: Pick<HistoryEvent, 'before' | 'after'>): string[] {
  return [event.before?.assigneeId, event.after?.assigneeId].filter((id): id is string => typeof id === 'string' && id.length > 0);
}
