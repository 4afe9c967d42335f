// Facts every format shares: counts by status, what is still open or overdue, the last change.
import { CLAIM_STATUSES, type ClaimStatus } from '@/db/schema';
import { isChecked, STATUS_LABELS } from '@/lib/claims/status';
import { describeVersionEntry } from '@/lib/versions/history-text';
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
  return claims.filter((c) => !isChecked(c.status) && c.dueAt !== null && c.dueAt.getTime() < now.getTime());
}

export interface ExportSummary {
  total: number;
  counts: StatusCounts;
  open: number;
  unchecked: number;
  overdue: number;
}

export function summarize(article: ExportArticle, now: Date): ExportSummary {
  const counts = countByStatus(article.claims);
  return {
    total: article.claims.length,
    counts,
    open: openClaims(article.claims).length,
    unchecked: counts.unchecked,
    overdue: overdueClaims(article.claims, now).length,
  };
}

/** "3 of 41 claims still unchecked, 2 in progress (1 overdue)" — plain words for the top of a report. */
export function summarySentence(s: ExportSummary): string {
  const noun = s.total === 1 ? 'claim' : 'claims';
  if (s.total === 0) return 'No claims were marked in this article.';
  if (s.open === 0) return `All ${s.total} ${noun} checked.`;
  const parts = [`${s.unchecked} of ${s.total} ${noun} still unchecked`];
  if (s.counts.in_progress > 0) parts.push(`${s.counts.in_progress} in progress`);
  const overdue = s.overdue > 0 ? ` (${s.overdue} overdue)` : '';
  return `${parts.join(', ')}${overdue}.`;
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

function show(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Each field that differs between before and after, as "status: unchecked → confirmed". */
export function describeChanges(entry: ExportHistoryEntry): string[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => show(before[k]) !== show(after[k]))
    .map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
}

/** "2026-03-12 14:05 UTC": readable, and the same wherever the export is made. */
export function formatDateTime(date: Date | null): string {
  if (!date) return '';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One-line description of a history entry: in words where a describer knows the action, else action plus the changed fields. */
export function describeEntry(entry: ExportHistoryEntry): string {
  const words = describeVersionEntry(entry);
  if (words) return words;
  const changes = describeChanges(entry);
  return changes.length ? `${entry.action} (${changes.join('; ')})` : entry.action;
}
