// What every export is rendered from: one article with its claims, evidence, comments
// and history, loaded in one go by the desk. Plain data, so exports stay pure functions.
import type { ClaimKind, ClaimStatus, Stance } from '@/db/schema';

export interface ExportPerson {
  id: string;
  name: string;
  email: string;
}

export interface ExportEvidence {
  id: string;
  url: string;
  title: string;
  publisher: string;
  stance: Stance;
  excerpt: string | null;
  note: string | null;
  archiveUrl: string | null;
  addedBy: ExportPerson;
  createdAt: Date;
}

export interface ExportComment {
  id: string;
  author: ExportPerson;
  body: string;
  createdAt: Date;
}

export interface ExportHistoryEntry {
  at: Date;
  actor: ExportPerson | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The sentence people read (lib/history), when the loader could name everyone in it. */
  text?: string;
}

export interface ExportSpan {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface ExportClaim {
  id: string;
  /** The claim's number in its article: given once, never changed (lib/claims/numbering.ts). */
  number: number;
  span: ExportSpan;
  /** Other places in the body stating the same claim (headline, dek). */
  otherSpans: ExportSpan[];
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  assignee: ExportPerson | null;
  dueAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  evidence: ExportEvidence[];
  comments: ExportComment[];
  history: ExportHistoryEntry[];
}

export interface ExportArticle {
  id: string;
  title: string;
  dek: string | null;
  byline: string | null;
  publication: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  body: string;
  importedBy: ExportPerson;
  createdAt: Date;
  claims: ExportClaim[];
}

export const EXPORT_FORMATS = ['html', 'report', 'md', 'csv', 'json', 'claimreview', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
}
