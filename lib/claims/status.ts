// The status vocabulary in the newsroom's words, shared by the UI and every export.
import type { ClaimStatus, Stance } from '@/db/schema';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  single_source: 'Single source',
  dismissed: 'Not a claim',
};

export const STATUS_DESCRIPTIONS: Record<ClaimStatus, string> = {
  unchecked: 'Nobody has started checking this claim.',
  in_progress: 'A reviewer is checking this claim.',
  confirmed: 'Two or more independent sources support it.',
  disputed: 'Credible sources contradict it.',
  single_source: 'Only one source, or only sources that are not independent, support it.',
  dismissed: 'Marked as not a checkable claim (a caption, heading or opinion).',
};

/** The statuses that close a claim: a verdict, or dismissal. */
export const VERDICTS = ['confirmed', 'disputed', 'single_source'] as const satisfies readonly ClaimStatus[];
export type Verdict = (typeof VERDICTS)[number];

export function isVerdict(status: ClaimStatus): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status);
}

/** Checked means a reviewer has reached a verdict or dismissed the span. */
export function isChecked(status: ClaimStatus): boolean {
  return isVerdict(status) || status === 'dismissed';
}

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export interface EvidenceForSuggestion {
  stance: Stance;
  publisher: string;
}

/**
 * DESIGN.md's rule: any contradicting source → disputed; supports from two or more
 * distinct publishers → confirmed; from exactly one → single_source; otherwise none.
 */
export function suggestStatus(evidence: readonly EvidenceForSuggestion[]): Verdict | null {
  if (evidence.some((e) => e.stance === 'contradicts')) return 'disputed';
  const publishers = new Set(
    evidence.filter((e) => e.stance === 'supports').map((e) => e.publisher.trim().toLowerCase()),
  );
  if (publishers.size >= 2) return 'confirmed';
  if (publishers.size === 1) return 'single_source';
  return null;
}

/** A plain warning when the chosen verdict goes against what the evidence suggests. */
export function verdictWarning(status: ClaimStatus, evidence: readonly EvidenceForSuggestion[]): string | null {
  if (!isVerdict(status)) return null;
  const suggested = suggestStatus(evidence);
  if (suggested === status) return null;
  const supports = new Set(
    evidence.filter((e) => e.stance === 'supports').map((e) => e.publisher.trim().toLowerCase()),
  ).size;
  if (suggested === null) return `${STATUS_LABELS[status]}, but no supporting or contradicting evidence is attached.`;
  if (status === 'confirmed' && suggested === 'single_source') return 'Confirmed, but only one source supports it.';
  if (suggested === 'disputed') return `${STATUS_LABELS[status]}, but a source contradicts it.`;
  return `${STATUS_LABELS[status]}, but the evidence suggests ${STATUS_LABELS[suggested].toLowerCase()} (${supports} supporting publisher${supports === 1 ? '' : 's'}).`;
}
