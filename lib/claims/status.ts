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
 * What the evidence on a claim adds up to, without its bodies: enough for the suggestion,
 * the warning and the board's "weakly sourced" filter. The database can count it in SQL.
 */
export interface EvidenceTally {
  supports: number;
  contradicts: number;
  context: number;
  /** Distinct publishers (trimmed, lower-cased) among the supporting sources. */
  supportingPublishers: number;
}

export const EMPTY_TALLY: EvidenceTally = { supports: 0, contradicts: 0, context: 0, supportingPublishers: 0 };

export function tallyEvidence(evidence: readonly EvidenceForSuggestion[]): EvidenceTally {
  const publishers = new Set(evidence.filter((e) => e.stance === 'supports').map((e) => e.publisher.trim().toLowerCase()));
  return {
    supports: evidence.filter((e) => e.stance === 'supports').length,
    contradicts: evidence.filter((e) => e.stance === 'contradicts').length,
    context: evidence.filter((e) => e.stance === 'context').length,
    supportingPublishers: publishers.size,
  };
}

/**
 * DESIGN.md's rule: any contradicting source → disputed; supports from two or more
 * distinct publishers → confirmed; from exactly one → single_source; otherwise none.
 */
export function suggestFromTally(t: EvidenceTally): Verdict | null {
  if (t.contradicts > 0) return 'disputed';
  if (t.supportingPublishers >= 2) return 'confirmed';
  if (t.supportingPublishers === 1) return 'single_source';
  return null;
}

export function suggestStatus(evidence: readonly EvidenceForSuggestion[]): Verdict | null {
  return suggestFromTally(tallyEvidence(evidence));
}

/** A plain warning when the chosen verdict goes against what the evidence suggests. */
export function warningFromTally(status: ClaimStatus, t: EvidenceTally): string | null {
  if (!isVerdict(status)) return null;
  const suggested = suggestFromTally(t);
  if (suggested === status) return null;
  const supports = t.supportingPublishers;
  if (suggested === null) {
    return status === 'confirmed'
      ? 'Confirmed, but no source is attached.'
      : `${STATUS_LABELS[status]}, but no supporting or contradicting evidence is attached.`;
  }
  if (status === 'confirmed' && suggested === 'single_source') return 'Confirmed, but only one source supports it.';
  if (suggested === 'disputed') return `${STATUS_LABELS[status]}, but a source contradicts it.`;
  return `${STATUS_LABELS[status]}, but the evidence suggests ${STATUS_LABELS[suggested].toLowerCase()} (${supports} supporting publisher${supports === 1 ? '' : 's'}).`;
}

export function verdictWarning(status: ClaimStatus, evidence: readonly EvidenceForSuggestion[]): string | null {
  return warningFromTally(status, tallyEvidence(evidence));
}

/** A claim that needs a second look: a verdict the evidence does not back, or one source only. */
export function isWeaklySourced(status: ClaimStatus, t: EvidenceTally): boolean {
  if (status === 'dismissed') return false;
  return status === 'single_source' || warningFromTally(status, t) !== null || (isVerdict(status) && t.supportingPublishers < 2 && t.contradicts === 0);
}
