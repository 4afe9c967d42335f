// What every export says about versions: which text it describes, which claims owe a
// re-check because their words changed, and the claims a later version removed.
import { STATUS_LABELS } from '@/lib/claims/status';
import { describeWordChange } from '@/lib/versions/words';
import { escapeHtml } from './html-escape';
import type { ExportArticle, ExportClaim } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 March 2026, 14:05 UTC": the same wherever the export is made. */
export function versionDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** "Checked against version 3 of 14 March 2026, 14:05 UTC (imported by Dana Editor)." */
export function versionSentence(article: ExportArticle): string {
  const v = article.version;
  return `Checked against version ${v.number} of ${versionDate(v.createdAt)} (imported by ${v.importedBy.name}).`;
}

/** "Text changed since it was checked: '1,582' → '1,600'. Needs a re-check." or null. */
export function recheckNote(claim: ExportClaim): string | null {
  if (claim.anchor !== 'edited' || !claim.previousQuote) return claim.needsRecheck ? 'Its text changed since it was checked; it needs a re-check.' : null;
  const change = describeWordChange(claim.previousQuote, claim.span.quote);
  return `Text changed since it was checked: ${change}.${claim.needsRecheck ? ' Needs a re-check; the verdict shown was given on the earlier wording.' : ''}`;
}

/** Removed claims grouped by the version that removed them, oldest first. */
export function removedByVersion(article: ExportArticle): { version: number; claims: ExportClaim[] }[] {
  const groups = new Map<number, ExportClaim[]>();
  for (const c of article.removedClaims) {
    const removedIn = (c.lastSeenInVersion ?? 0) + 1;
    const group = groups.get(removedIn);
    if (group) group.push(c);
    else groups.set(removedIn, [c]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([version, claims]) => ({ version, claims }));
}

/** The removed claims' section; `item` renders one claim (a short note by default, the full record in the report). */
export function removedSectionHtml(article: ExportArticle, item: (c: ExportClaim) => string = removedItem): string {
  if (article.removedClaims.length === 0) return '';
  const groups = removedByVersion(article).map(({ version, claims }) => {
    const items = claims.map(item).join('\n');
    return `<h3>Removed in version ${version} (${claims.length})</h3>\n<ol class="removed-list">\n${items}\n</ol>`;
  });
  return `<section class="removed" aria-labelledby="removed-title">
<h2 id="removed-title">Claims no longer in the text (${article.removedClaims.length})</h2>
<p>A later version removed the passage these claims were anchored to. Their work is kept; an editor can place each one again by hand or dismiss it.</p>
${groups.join('\n')}
</section>`;
}

function removedItem(c: ExportClaim): string {
  return `<li id="claim-${c.number}" value="${c.number}">
<p><span class="badge status-${c.status}">${STATUS_LABELS[c.status]}</span> <strong>Claim ${c.number}</strong></p>
<p class="statement">${escapeHtml(c.statement)}</p>
<blockquote>${escapeHtml(c.span.quote)}</blockquote>
<p class="small">Last seen in version ${c.lastSeenInVersion}. ${c.evidence.length} source${c.evidence.length === 1 ? '' : 's'} · ${c.comments.length} comment${c.comments.length === 1 ? '' : 's'} · reviewer: ${c.assignee ? escapeHtml(c.assignee.name) : 'not assigned'}</p>
</li>`;
}

/** For the one-page summary: verdicts on words that changed since, and claims no longer in the text. */
export function versionAttentionHtml(article: ExportArticle): string {
  const rechecks = article.claims.filter((c) => c.needsRecheck);
  const links = (claims: readonly ExportClaim[]) => claims.map((c) => `<a href="#claim-${c.number}">Claim ${c.number}</a>`).join(', ');
  const parts: string[] = [];
  if (rechecks.length) parts.push(`<h3>Text changed since it was checked (${rechecks.length})</h3>\n<p>${links(rechecks)}: the verdict shown was given on earlier words.</p>`);
  if (article.removedClaims.length) parts.push(`<h3>No longer in the text (${article.removedClaims.length})</h3>\n<p>${links(article.removedClaims)}: removed by a later version, listed at the end.</p>`);
  return parts.join('\n');
}
