// The report as CSV: one row per claim in number order, the last change as a sentence, RFC 4180 (CRLF, quoted when needed) via csv-stringify.
// Cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP's advice),
// because statements and evidence come from the web and the file will be opened in Excel.
import { stringify } from 'csv-stringify/sync';
import { STANCES } from '@/db/schema';
import { STATUS_LABELS } from '@/lib/claims/status';
import type { DescribeContext } from '@/lib/history/describe';
import { claimWarning, paragraphLocator } from './attention';
import { describeContext, historySentence, lastChange } from './summary';
import type { ExportArticle, ExportClaim } from './types';

export const CSV_COLUMNS = [
  'number', 'start', 'end', 'quote', 'statement', 'attribution', 'kind', 'score', 'status', 'status_label',
  'reviewer', 'due', 'evidence_count', 'evidence_urls', 'evidence_stances', 'comment_count', 'last_change_at',
  'last_change', 'claim_id', 'paragraph', 'warning', 'last_change_action',
  'article_version', 'in_text', 'needs_recheck', 'previous_text',
] as const;

/** A leading =, +, -, @, tab or carriage return makes spreadsheets evaluate the cell. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function row(claim: ExportClaim, paragraph: number | '', ctx: DescribeContext, articleVersion: number): (string | number)[] {
  const removed = claim.anchor === 'removed';
  const last = lastChange(claim);
  const stances = STANCES.map((s) => `${s}:${claim.evidence.filter((e) => e.stance === s).length}`).join(' ');
  const cells: (string | number)[] = [
    claim.number,
    // A removed claim's offsets count into an older version; the row says which.
    removed ? '' : claim.span.start,
    removed ? '' : claim.span.end,
    claim.span.quote,
    claim.statement,
    claim.attribution ?? '',
    claim.kind,
    claim.score,
    claim.status,
    STATUS_LABELS[claim.status],
    claim.assignee?.name ?? '',
    claim.dueAt ? claim.dueAt.toISOString() : '',
    claim.evidence.length,
    claim.evidence.map((e) => e.url).join(' '),
    stances,
    claim.comments.length,
    last ? last.at.toISOString() : '',
    last ? historySentence(last, ctx) : '',
    claim.id,
    paragraph,
    claimWarning(claim) ?? '',
    last ? last.action : '',
    removed ? claim.lastSeenInVersion ?? '' : articleVersion,
    removed ? 'no' : 'yes',
    claim.needsRecheck ? 'yes' : 'no',
    claim.previousQuote ?? '',
  ];
  return cells.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c));
}

export function renderReportCsv(article: ExportArticle): string {
  const claims = [...article.claims, ...article.removedClaims].sort((a, b) => a.number - b.number);
  const paragraphOf = paragraphLocator(article.body);
  const ctx = describeContext(article);
  // A removed claim has no paragraph in this version's text.
  return stringify(claims.map((c) => row(c, c.anchor === 'removed' ? '' : paragraphOf(c.span.start), ctx, article.version.number)), {
    bom: true, // Excel reads UTF-8 (accents, quotes) correctly only with a BOM
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    // A bare LF is not the record delimiter, so csv-stringify would leave it unquoted; quote it, and
    // quote leading/trailing spaces so every reader keeps them.
    quoted_match: [/[\r\n]/, /^\s|\s$/],
  });
}
