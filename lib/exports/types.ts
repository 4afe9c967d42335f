// What every export is rendered from: one article with its claims, evidence, comments
// and history, loaded in one go by the desk. Plain data, so exports stay pure functions.
import type { ClaimAnchor, ClaimKind, ClaimStatus, Stance } from '@/db/schema';

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
  /** Where the claim stands in the latest version; a removed claim's span describes `lastSeenInVersion`. */
  anchor: ClaimAnchor;
  /** The wording it was checked on, when its text changed since (`edited`). */
  previousQuote: string | null;
  needsRecheck: boolean;
  lastSeenInVersion: number | null;
}

/** The version of the text an export describes. */
export interface ExportVersion {
  number: number;
  createdAt: Date;
  importedBy: ExportPerson;
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
  /** The latest version: `body` is its text and every claim in `claims` is anchored in it. */
  version: ExportVersion;
  /** Claims in the text. */
  claims: ExportClaim[];
  /** Claims whose passage a later version removed, with all their work, numbered after the others. */
  removedClaims: ExportClaim[];
}

export const EXPORT_FORMATS = ['html', 'report', 'md', 'csv', 'json', 'claimreview', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
}
