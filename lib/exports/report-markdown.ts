// The report as Markdown. User text is escaped so that a statement can neither format the
// document nor smuggle in raw HTML when the Markdown is rendered somewhere else.
import { STANCE_LABELS, STATUS_LABELS } from '@/lib/claims/status';
import { safeHref } from './html-escape';
import type { DescribeContext } from '@/lib/history/describe';
import { byConcern, claimWarning, groupByConcern, paragraphLocator, type Concern } from './attention';
import { countLines, describeContext, formatDateTime, historySentence, lastChange, summarize, summarySentence } from './summary';
import type { ExportArticle, ExportClaim } from './types';
import { recheckNote, removedByVersion, versionSentence } from './versions';

/** One line of inert text: newlines folded, Markdown and HTML specials backslash-escaped. */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&:]/g, (ch) => `\\${ch}`);
}

/** An autolink for http(s) URLs; anything else as escaped text that no renderer will link. */
function mdLink(url: string | null, label?: string): string {
  if (!url) return '';
  const href = safeHref(url);
  if (!href) return `${mdText(label ?? url)} (not linked: ${mdText(url)})`;
  // URL.href percent-encodes spaces, quotes and angle brackets, so <...> cannot be broken out of.
  const safe = href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return label ? `[${mdText(label)}](${safe})` : `<${safe}>`;
}

function claimTableRow(c: ExportClaim, paragraph: number, ctx: DescribeContext): string {
  const last = lastChange(c);
  const warning = claimWarning(c);
  return `| [${c.number}](#claim-${c.number}) | paragraph ${paragraph} | ${mdText(c.statement)} | ${STATUS_LABELS[c.status]}${warning ? ` (warning: ${mdText(warning)})` : ''} | ${c.assignee ? mdText(c.assignee.name) : '—'} | ${c.dueAt ? formatDateTime(c.dueAt) : '—'} | ${c.evidence.length} | ${last ? mdText(historySentence(last, ctx)) : '—'} |`;
}

/** `paragraph` is null for a claim no longer in the text. */
function claimSection(c: ExportClaim, paragraph: number | null, ctx: DescribeContext): string[] {
  const warning = claimWarning(c);
  const lines = [
    `<a id="claim-${c.number}"></a>`,
    `### Claim ${c.number} · ${STATUS_LABELS[c.status]}`,
    '',
    `**${mdText(c.statement)}**`,
    '',
    ...(warning ? [`**Warning:** ${mdText(warning)}`, ''] : []),
    `> ${mdText(c.span.quote)}`,
    '',
    ...(c.anchor === 'removed' ? [`**No longer in the text: removed in version ${(c.lastSeenInVersion ?? 0) + 1}; the quote is from version ${c.lastSeenInVersion}.**`, ''] : []),
    ...(recheckNote(c) ? [`**${mdText(recheckNote(c)!)}**`, ''] : []),
    `- Status: ${STATUS_LABELS[c.status]}`,
    `- Attribution: ${c.attribution ? mdText(c.attribution) : 'none (the article’s own assertion)'}`,
    `- Kind: ${c.kind}; check-worthiness ${c.score.toFixed(2)}; ${paragraph === null ? `last seen in version ${c.lastSeenInVersion}` : `paragraph ${paragraph}`}`,
    `- Reviewer: ${c.assignee ? mdText(c.assignee.name) : 'not assigned'}; due: ${c.dueAt ? formatDateTime(c.dueAt) : 'no deadline'}`,
    '',
    `#### Evidence (${c.evidence.length})`,
    '',
  ];
  if (!c.evidence.length) lines.push('No evidence attached.');
  for (const e of c.evidence) {
    const archive = e.archiveUrl ? `; archived copy: ${mdLink(e.archiveUrl)}` : '';
    const note = e.note ? `; note: ${mdText(e.note)}` : '';
    lines.push(`- **${STANCE_LABELS[e.stance]}**: ${mdLink(e.url, e.title || e.url)} — ${mdText(e.publisher)}${archive}${note}; added by ${mdText(e.addedBy.name)}, ${formatDateTime(e.createdAt)}`);
  }
  lines.push('', `#### Comments (${c.comments.length})`, '');
  if (!c.comments.length) lines.push('No comments.');
  for (const m of c.comments) lines.push(`- ${mdText(m.author.name)}, ${formatDateTime(m.createdAt)}: ${mdText(m.body)}`);
  const history = [...c.history].sort((a, b) => a.at.getTime() - b.at.getTime());
  lines.push('', `#### History (${history.length})`, '');
  if (!history.length) lines.push('No recorded changes.');
  for (const h of history) lines.push(`- ${mdText(historySentence(h, ctx))}`);
  lines.push('');
  return lines;
}

const ATTENTION: [Concern, string, string][] = [
  ['disputed', 'Disputed', 'No claim is disputed.'],
  ['single_source', 'Single source', 'No claim rests on a single source.'],
  ['against_evidence', 'Verdict against the evidence', 'Every verdict is backed by the evidence attached.'],
  ['overdue', 'Overdue', 'Nothing is overdue.'],
];

function attentionLines(article: ExportArticle, now: Date): string[] {
  const groups = groupByConcern(article.claims, now);
  return ATTENTION.flatMap(([concern, title, none]) => {
    const claims = groups.get(concern) ?? [];
    const items = claims.map((c) => {
      const extra = concern === 'overdue' ? ` (due ${formatDateTime(c.dueAt)})` : claimWarning(c) ? ` (${mdText(claimWarning(c)!)})` : '';
      return `- [Claim ${c.number}](#claim-${c.number}): ${mdText(c.statement)}${extra}`;
    });
    return [`### ${title} (${claims.length})`, '', ...(items.length ? items : [none]), ''];
  });
}

export function renderReportMarkdown(article: ExportArticle, now: Date): string {
  const summary = summarize(article, now);
  const claims = byConcern(article.claims, now);
  const paragraphOf = paragraphLocator(article.body);
  const ctx = describeContext(article);
  const lines = [
    `# Claim report: ${mdText(article.title)}`,
    '',
    ...(article.dek ? [`*${mdText(article.dek)}*`, ''] : []),
    `- Byline: ${article.byline ? mdText(article.byline) : '—'}`,
    `- Publication: ${article.publication ? mdText(article.publication) : '—'}`,
    `- Published: ${article.publishedAt ? mdText(article.publishedAt) : '—'}`,
    `- Source: ${article.sourceUrl ? mdLink(article.sourceUrl) : '—'}`,
    `- Imported by ${mdText(article.importedBy.name)} on ${formatDateTime(article.createdAt)}`,
    `- Exported on ${formatDateTime(now)}`,
    '',
    `**${mdText(versionSentence(article))}**`,
    '',
    '## Summary for the standards desk',
    '',
    `**${mdText(summarySentence(summary))}**`,
    '',
    ...attentionLines(article, now),
    '### Claims by status',
    '',
    ...countLines(summary.counts).map((l) => `- ${l.label}: ${l.count}`),
    '',
    `## Claims (${claims.length}), disputed and weakly sourced first`,
    '',
    '| # | Where | Statement | Status | Reviewer | Due | Sources | Last change |',
    '|---|---|---|---|---|---|---|---|',
    ...claims.map((c) => claimTableRow(c, paragraphOf(c.span.start), ctx)),
    '',
    '## Evidence, comments and history by claim',
    '',
    ...claims.flatMap((c) => claimSection(c, paragraphOf(c.span.start), ctx)),
    ...(article.removedClaims.length
      ? [
          `## Claims no longer in the text (${article.removedClaims.length})`,
          '',
          'A later version removed the passage these claims were anchored to. Their work is kept; an editor can place each one again by hand or dismiss it.',
          '',
          ...removedByVersion(article).flatMap(({ version, claims: removed }) => [`### Removed in version ${version} (${removed.length})`, '', ...removed.flatMap((c) => claimSection(c, null, ctx))]),
        ]
      : []),
  ];
  return lines.join('\n');
}
