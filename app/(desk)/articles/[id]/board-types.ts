// What the article board works with in the browser: plain JSON, dates as ISO strings.
import type { Article, ClaimAnchor, ClaimKind, ClaimStatus, Role, Stance } from '@/db/schema';

export interface BoardPerson {
  id: string;
  name: string;
  role?: Role;
}

export interface BoardClaim {
  id: string;
  /** Null while the claim is removed: its passage is not in the latest text. */
  start: number | null;
  end: number | null;
  quote: string;
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  origin: string;
  assignee: BoardPerson | null;
  dueAt: string | null;
  version: number;
  spans: { start: number; end: number }[];
  evidenceCount: number;
  commentCount: number;
  suggestedStatus: ClaimStatus | null;
  anchor: ClaimAnchor;
  previousText: string | null;
  lastSeenInVersion: number | null;
  needsRecheck: boolean;
}

/** A claim standing in the latest text. */
export type InTextClaim = BoardClaim & { start: number; end: number };

export const isInText = (c: BoardClaim): c is InTextClaim => c.start !== null && c.end !== null;

export type BoardArticle = Pick<Article, 'id' | 'title' | 'dek' | 'byline' | 'publication' | 'sourceUrl' | 'publishedAt' | 'body'>;

export interface ClaimDetail {
  claim: BoardClaim;
  warning: string | null;
  evidence: {
    id: string;
    url: string;
    title: string;
    publisher: string;
    stance: Stance;
    excerpt: string | null;
    note: string | null;
    archiveUrl: string | null;
    addedBy: BoardPerson;
    createdAt: string;
  }[];
  comments: { id: string; body: string; author: BoardPerson; createdAt: string }[];
  history: { id: string; action: string; actor: BoardPerson | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null; createdAt: string }[];
}
