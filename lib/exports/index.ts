// The one entry point for exports: pick the format, get a named, typed file back.
// Pure: no database, no Next.js; the route handler loads the ExportArticle and streams the body.
import { renderAnnotatedArticle } from './annotated-article';
import { renderAnnotations } from './annotations';
import { renderClaimReview } from './claimreview';
import { CONTENT_TYPES, exportFileName } from './file-name';
import { renderReportCsv } from './report-csv';
import { renderReportHtml } from './report-html';
import { renderReportJson } from './report-json';
import { renderReportMarkdown } from './report-markdown';
import type { ExportArticle, ExportFile, ExportFormat } from './types';

export interface ExportOptions {
  /** The moment of export: file name date, "overdue", "exported on". Passed in so output is reproducible. */
  now: Date;
  /** Claimdesk's public origin, e.g. "https://desk.example.org"; used for ClaimReview and annotation URLs. */
  baseUrl?: string;
}

function renderBody(article: ExportArticle, format: ExportFormat, { now, baseUrl }: ExportOptions): string {
  switch (format) {
    case 'html':
      return renderAnnotatedArticle(article, now);
    case 'report':
      return renderReportHtml(article, now);
    case 'md':
      return renderReportMarkdown(article, now);
    case 'csv':
      return renderReportCsv(article);
    case 'json':
      return renderReportJson(article, now);
    case 'claimreview':
      return renderClaimReview(article, baseUrl);
    case 'annotations':
      return renderAnnotations(article, now, baseUrl);
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format: ${String(unknown)}`);
    }
  }
}

export function renderExport(article: ExportArticle, format: ExportFormat, options: ExportOptions): ExportFile {
  return {
    fileName: exportFileName(article, format, options.now),
    contentType: CONTENT_TYPES[format],
    body: renderBody(article, format, options),
  };
}

export { CLAIMREVIEW_RATINGS } from './claimreview';
export { CSV_COLUMNS } from './report-csv';
export { REPORT_JSON_VERSION, type ReportJson } from './report-json';
export { EXPORT_FORMATS, type ExportArticle, type ExportFile, type ExportFormat } from './types';
