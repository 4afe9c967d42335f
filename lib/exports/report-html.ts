// The desk's record as HTML: metadata, counts, a table of every claim, then per claim its
// evidence, comments and history. Same escaping and link rules as the annotated article.
import { STATUS_LABELS } from '@/lib/claims/status';
import { articleHeader, evidenceItem, htmlDocument, summaryHtml } from './annotated-article';
import { escapeHtml } from './html-escape';
import { describeChanges, formatDateTime, lastChange } from './summary';
import { describeVersionEntry } from '@/lib/versions/history-text';
import type { ExportArticle, ExportClaim, ExportHistoryEntry } from './types';
import { recheckNote, removedSectionHtml } from './versions';

function row(claim: ExportClaim): string {
  const last = lastChange(claim);
  const cells = [
    `<a href="#claim-${claim.number}">${claim.number}</a>`,
    `${claim.span.start}–${claim.span.end}`,
    escapeHtml(claim.statement),
    `<span class="badge status-${claim.status}">${STATUS_LABELS[claim.status]}</span>`,
    claim.assignee ? escapeHtml(claim.assignee.name) : '—',
    claim.dueAt ? escapeHtml(formatDateTime(claim.dueAt)) : '—',
    String(claim.evidence.length),
    last ? `${escapeHtml(formatDateTime(last.at))}: ${escapeHtml(last.action)}` : '—',
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function historyItem(entry: ExportHistoryEntry): string {
  const words = describeVersionEntry(entry);
  if (words) return `<li>${escapeHtml(formatDateTime(entry.at))} — ${entry.actor ? escapeHtml(entry.actor.name) : 'Claimdesk'}: ${escapeHtml(words)}</li>`;
  const changes = describeChanges(entry);
  const detail = changes.length ? `<ul>${changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : '';
  const who = entry.actor ? escapeHtml(entry.actor.name) : 'Claimdesk';
  return `<li>${escapeHtml(formatDateTime(entry.at))} — ${who}: ${escapeHtml(entry.action)}${detail}</li>`;
}

function claimSection(claim: ExportClaim): string {
  const evidence = claim.evidence.length
    ? `<ul class="evidence">${claim.evidence.map(evidenceItem).join('\n')}</ul>`
    : '<p class="small">No evidence attached.</p>';
  const comments = claim.comments.length
    ? `<ul class="comments">${claim.comments
        .map((c) => `<li><strong>${escapeHtml(c.author.name)}</strong>, ${escapeHtml(formatDateTime(c.createdAt))}: ${escapeHtml(c.body)}</li>`)
        .join('\n')}</ul>`
    : '<p class="small">No comments.</p>';
  const history = [...claim.history].sort((a, b) => a.at.getTime() - b.at.getTime());
  return `<section id="claim-${claim.number}" class="claim-record">
<h3>Claim ${claim.number} · <span class="badge status-${claim.status}">${STATUS_LABELS[claim.status]}</span></h3>
<p class="statement">${escapeHtml(claim.statement)}</p>
<blockquote>${escapeHtml(claim.span.quote)}</blockquote>
${claim.anchor === 'removed' ? `<p class="recheck"><strong>No longer in the text: removed in version ${(claim.lastSeenInVersion ?? 0) + 1}; the quote is from version ${claim.lastSeenInVersion}.</strong></p>` : ''}
${recheckNote(claim) ? `<p class="recheck"><strong>${escapeHtml(recheckNote(claim)!)}</strong></p>` : ''}
<p class="small">${claim.anchor === 'removed' ? `In version ${claim.lastSeenInVersion}, characters` : 'Characters'} ${claim.span.start}–${claim.span.end} · ${escapeHtml(claim.kind)} · check-worthiness ${claim.score.toFixed(2)} · attribution: ${claim.attribution ? escapeHtml(claim.attribution) : 'none (the article’s own assertion)'} · reviewer: ${claim.assignee ? escapeHtml(claim.assignee.name) : 'not assigned'} · due: ${claim.dueAt ? escapeHtml(formatDateTime(claim.dueAt)) : 'no deadline'}</p>
<h4>Evidence (${claim.evidence.length})</h4>
${evidence}
<h4>Comments (${claim.comments.length})</h4>
${comments}
<h4>History (${history.length})</h4>
${history.length ? `<ul class="history">${history.map(historyItem).join('\n')}</ul>` : '<p class="small">No recorded changes.</p>'}
</section>`;
}

export function renderReportHtml(article: ExportArticle, now: Date): string {
  const claims = [...article.claims].sort((a, b) => a.number - b.number);
  const main = `${articleHeader(article)}
<p class="meta">Imported by ${escapeHtml(article.importedBy.name)} on ${escapeHtml(formatDateTime(article.createdAt))} · article id ${escapeHtml(article.id)}</p>
${summaryHtml(article, now)}
<section aria-labelledby="table-title">
<h2 id="table-title">Claims (${claims.length})</h2>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Position</th><th scope="col">Statement</th><th scope="col">Status</th><th scope="col">Reviewer</th><th scope="col">Due</th><th scope="col">Evidence</th><th scope="col">Last change</th></tr></thead>
<tbody>
${claims.map(row).join('\n')}
</tbody>
</table>
</section>
<section class="endnotes" aria-labelledby="records-title">
<h2 id="records-title">Evidence, comments and history by claim</h2>
${claims.map(claimSection).join('\n')}
</section>
${removedSectionHtml(article, (c) => `<li value="${c.number}">${claimSection(c)}</li>`)}
<footer class="meta"><p>Report exported from Claimdesk on ${escapeHtml(formatDateTime(now))}.</p></footer>`;
  return htmlDocument(`${article.title} — claim report`, main);
}
