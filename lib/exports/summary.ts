// Facts every format shares: the board's progress count, counts by status, what is open or
// overdue, the last change, and history lines as sentences (lib/history).
import { CLAIM_STATUSES, type ClaimStatus } from '@/db/schema';
import { claimProgress, type ClaimProgress } from '@/lib/claims/progress';
import { isChecked, STATUS_LABELS } from '@/lib/claims/status';
import { historyText, type DescribeContext } from '@/lib/history/describe';
import { isOverdue } from './attention';
import type { ExportArticle, ExportClaim, ExportHistoryEntry } from './types';

export type StatusCounts = Record<ClaimStatus, number>;

export function countByStatus(claims: readonly ExportClaim[]): StatusCounts {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

/** Not yet a verdict nor dismissed: unchecked or in progress. */
export function openClaims(claims: readonly ExportClaim[]): ExportClaim[] {
  return claims.filter((c) => !isChecked(c.status));
}

/** Open claims whose due time has passed at `now`. */
export function overdueClaims(claims: readonly ExportClaim[], now: Date): ExportClaim[] {
  return claims.filter((c) => isOverdue(c, now));
}

export interface ExportSummary {
  /** Every marked passage, spans dismissed as not a claim included. */
  total: number;
  counts: StatusCounts;
  open: number;
  unchecked: number;
  overdue: number;
  /** The board's count: `checked` of `of` claims (dismissed spans are in neither). */
  progress: Pick<ClaimProgress, 'checked' | 'of'>;
}

export function summarize(article: ExportArticle, now: Date): ExportSummary {
  const counts = countByStatus(article.claims);
  const progress = claimProgress(article.claims.map((c) => c.status));
  return {
    total: article.claims.length,
    counts,
    open: openClaims(article.claims).length,
    unchecked: counts.unchecked,
    overdue: overdueClaims(article.claims, now).length,
    progress: { checked: progress.checked, of: progress.of },
  };
}

/**
 * "5 of 8 claims checked; 2 still open (1 overdue)." The first figures are the board's, word
 * for word, so the report and the screen never disagree.
 */
export function summarySentence(s: ExportSummary): string {
  if (s.total === 0) return 'No claims were marked in this article.';
  const { checked, of } = s.progress;
  const head = `${checked} of ${of} ${of === 1 ? 'claim' : 'claims'} checked`;
  const open = s.open > 0 ? `; ${s.open} still open${s.overdue > 0 ? ` (${s.overdue} overdue)` : ''}` : '; none still open';
  const dismissed = s.counts.dismissed > 0 ? ` ${s.counts.dismissed} marked passage${s.counts.dismissed === 1 ? ' was' : 's were'} set aside as not a claim.` : '';
  return `${head}${open}.${dismissed}`;
}

/** Counts as "Confirmed: 3" pairs in the fixed status order, zeros included. */
export function countLines(counts: StatusCounts): { status: ClaimStatus; label: string; count: number }[] {
  return CLAIM_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: counts[status] }));
}

/** The most recent history entry (by time), or null when the claim has none. */
export function lastChange(claim: ExportClaim): ExportHistoryEntry | null {
  let latest: ExportHistoryEntry | null = null;
  for (const entry of claim.history) if (!latest || entry.at.getTime() >= latest.at.getTime()) latest = entry;
  return latest;
}

/** Names of everyone the export mentions, so history sentences can name a reviewer by id. */
export function describeContext(article: ExportArticle): DescribeContext {
  const names = new Map<string, string>([[article.importedBy.id, article.importedBy.name]]);
  for (const c of article.claims) {
    if (c.assignee) names.set(c.assignee.id, c.assignee.name);
    for (const e of c.evidence) names.set(e.addedBy.id, e.addedBy.name);
    for (const m of c.comments) names.set(m.author.id, m.author.name);
    for (const h of c.history) if (h.actor) names.set(h.actor.id, h.actor.name);
  }
  const numbers = new Map(article.claims.map((c) => [c.id, c.number]));
  return { name: (id) => names.get(id), claimNumber: (id) => numbers.get(id) };
}

/** The history line people read: "Tom Reid set the status to Disputed (was Unchecked), 13 Mar 2026, 10:15 UTC". */
export function historySentence(entry: ExportHistoryEntry, ctx: DescribeContext = {}): string {
  return entry.text ?? historyText(entry, ctx);
}

/** "2026-03-12 14:05 UTC": readable, and the same wherever the export is made. */
export function formatDateTime(date: Date | null): string {
  if (!date) return '';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
