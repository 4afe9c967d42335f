// Export file names say which article and which day, so a folder of downloads sorts itself.
import type { ExportArticle, ExportFormat } from './types';

const SUFFIXES: Record<ExportFormat, string> = {
  html: '-annotated.html',
  report: '-report.html',
  md: '-report.md',
  csv: '-report.csv',
  json: '-report.json',
  claimreview: '-claimreview.jsonld',
  annotations: '-annotations.jsonld',
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  report: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  claimreview: 'application/ld+json',
  annotations: 'application/ld+json',
};

/** Lower-case ASCII words joined by hyphens; accents folded, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** The calendar day in UTC, so the name does not depend on the server's time zone. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function exportFileName(article: Pick<ExportArticle, 'title'>, format: ExportFormat, now: Date): string {
  return `claimdesk-${slugify(article.title)}-${isoDay(now)}${SUFFIXES[format]}`;
}
