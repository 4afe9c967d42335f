// The report as JSON. The shape is a contract for whoever scripts against it: new fields may
// be added, existing ones keep their name and meaning. Dates are ISO 8601 strings in UTC.
// People appear as { id, name } only: e-mail addresses stay inside Claimdesk.
import { STATUS_LABELS } from '@/lib/claims/status';
import type { DescribeContext } from '@/lib/history/describe';
import { claimWarning, paragraphLocator } from './attention';
import { describeContext, historySentence, lastChange, summarize, type ExportSummary } from './summary';
import type { Stance } from '@/db/schema';
import type { ExportArticle, ExportClaim, ExportPerson, ExportSpan } from './types';
import { versionSentence } from './versions';

export const REPORT_JSON_VERSION = 1;

export interface ReportPersonJson { id: string; name: string }

export interface ReportClaimJson {
  number: number;
  id: string;
  span: ExportSpan;
  otherSpans: ExportSpan[];
  statement: string;
  attribution: string | null;
  kind: string;
  score: number;
  status: string;
  statusLabel: string;
  reviewer: ReportPersonJson | null;
  dueAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  evidenceCount: number;
  evidence: {
    id: string; url: string; title: string; publisher: string; stance: Stance; excerpt: string | null;
    note: string | null; archiveUrl: string | null; addedBy: ReportPersonJson; createdAt: string;
  }[];
  comments: { id: string; author: ReportPersonJson; body: string; createdAt: string }[];
  /** Paragraph of the body the claim is in (the headline is 1); null for a claim no longer in the text. */
  paragraph: number | null;
  /** Set when the verdict goes against the evidence: "Confirmed, but no source is attached." */
  warning: string | null;
  /** `text` is the sentence people read; action, before and after are the structured record. */
  history: { at: string; actor: ReportPersonJson | null; action: string; text: string; before: unknown; after: unknown }[];
  lastChange: { at: string; action: string; text: string } | null;
  /** `current`, `edited` (words changed since checked: `previousText`) or `removed` (`span` is from `lastSeenInVersion`). */
  anchor: string;
  previousText: string | null;
  needsRecheck: boolean;
  lastSeenInVersion: number | null;
}

export interface ReportJson {
  format: 'claimdesk-report';
  version: typeof REPORT_JSON_VERSION;
  exportedAt: string;
  article: {
    id: string; title: string; dek: string | null; byline: string | null; publication: string | null;
    sourceUrl: string | null; publishedAt: string | null; importedBy: ReportPersonJson; createdAt: string;
  };
  /** The version of the text the report describes: every `claims` span counts into its text. */
  articleVersion: { number: number; createdAt: string; importedBy: ReportPersonJson; statement: string };
  summary: ExportSummary;
  claims: ReportClaimJson[];
  /** Claims whose passage a later version removed, with their work. */
  removedClaims: ReportClaimJson[];
}

const person = (p: ExportPerson): ReportPersonJson => ({ id: p.id, name: p.name });

function claimJson(c: ExportClaim, paragraph: number | null, ctx: DescribeContext): ReportClaimJson {
  const last = lastChange(c);
  return {
    number: c.number,
    id: c.id,
    span: { start: c.span.start, end: c.span.end, quote: c.span.quote, prefix: c.span.prefix, suffix: c.span.suffix },
    otherSpans: c.otherSpans.map((s) => ({ start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix })),
    statement: c.statement,
    attribution: c.attribution,
    kind: c.kind,
    score: c.score,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    reviewer: c.assignee ? person(c.assignee) : null,
    dueAt: c.dueAt ? c.dueAt.toISOString() : null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    evidenceCount: c.evidence.length,
    evidence: c.evidence.map((e) => ({
      id: e.id, url: e.url, title: e.title, publisher: e.publisher, stance: e.stance, excerpt: e.excerpt,
      note: e.note, archiveUrl: e.archiveUrl, addedBy: person(e.addedBy), createdAt: e.createdAt.toISOString(),
    })),
    comments: c.comments.map((m) => ({ id: m.id, author: person(m.author), body: m.body, createdAt: m.createdAt.toISOString() })),
    paragraph,
    warning: claimWarning(c),
    history: [...c.history]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((h) => ({ at: h.at.toISOString(), actor: h.actor ? person(h.actor) : null, action: h.action, text: historySentence(h, ctx), before: h.before, after: h.after })),
    lastChange: last ? { at: last.at.toISOString(), action: last.action, text: historySentence(last, ctx) } : null,
    anchor: c.anchor,
    previousText: c.previousQuote,
    needsRecheck: c.needsRecheck,
    lastSeenInVersion: c.lastSeenInVersion,
  };
}

export function buildReportJson(article: ExportArticle, now: Date): ReportJson {
  const paragraphOf = paragraphLocator(article.body);
  const ctx = describeContext(article);
  return {
    format: 'claimdesk-report',
    version: REPORT_JSON_VERSION,
    exportedAt: now.toISOString(),
    article: {
      id: article.id, title: article.title, dek: article.dek, byline: article.byline, publication: article.publication,
      sourceUrl: article.sourceUrl, publishedAt: article.publishedAt, importedBy: person(article.importedBy),
      createdAt: article.createdAt.toISOString(),
    },
    articleVersion: {
      number: article.version.number, createdAt: article.version.createdAt.toISOString(),
      importedBy: person(article.version.importedBy), statement: versionSentence(article),
    },
    summary: summarize(article, now),
    claims: [...article.claims].sort((a, b) => a.number - b.number).map((c) => claimJson(c, paragraphOf(c.span.start), ctx)),
    removedClaims: article.removedClaims.map((c) => claimJson(c, null, ctx)),
  };
}

export function renderReportJson(article: ExportArticle, now: Date): string {
  return `${JSON.stringify(buildReportJson(article, now), null, 2)}\n`;
}
