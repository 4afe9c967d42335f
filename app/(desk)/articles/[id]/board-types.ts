// What the article board works with in the browser: plain JSON, dates as ISO strings. Claims
// travel from the page to the browser as compact rows (no evidence bodies, the statement only
// when it was rewritten), decoded once; the panel's detail is fetched when a claim is opened.
import type { Article, ClaimKind, ClaimStatus, Role, Stance } from '@/db/schema';
import type { EvidenceTally, Verdict } from '@/lib/claims/status';

export interface BoardPerson {
  id: string;
  name: string;
  role?: Role;
}

export interface BoardClaim {
  id: string;
  number: number;
  start: number;
  end: number;
  /** The claim in the checker's words; equal to the quoted passage until someone rewrites it. */
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  assigneeId: string | null;
  dueAt: string | null;
  version: number;
  /** Further places the same claim is stated (headline, dek). */
  spans: [number, number][];
  evidenceCount: number;
  tally: EvidenceTally;
  commentCount: number;
  suggestedStatus: Verdict | null;
}

export type BoardArticle = Pick<Article, 'id' | 'title' | 'dek' | 'byline' | 'publication' | 'sourceUrl' | 'publishedAt' | 'body'>;

/** The claim as the API answers it (lib/claims/claim-json.ts), the part the board reads. */
export interface ClaimJson {
  id: string;
  number: number;
  start: number;
  end: number;
  quote: string;
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  version: number;
  spans: { start: number; end: number }[];
  evidenceCount: number;
  stances: { supports: number; contradicts: number; context: number };
  supportingPublishers: number;
  commentCount: number;
  suggestedStatus: Verdict | null;
  lastChange?: { actor: { id: string; name: string } | null; at: string; what: string; byYou: boolean } | null;
}

export function fromClaimJson(c: ClaimJson): BoardClaim {
  return {
    id: c.id,
    number: c.number,
    start: c.start,
    end: c.end,
    statement: c.statement,
    attribution: c.attribution,
    kind: c.kind,
    score: c.score,
    status: c.status,
    assigneeId: c.assignee?.id ?? null,
    dueAt: c.dueAt,
    version: c.version,
    spans: c.spans.map((s) => [s.start, s.end]),
    evidenceCount: c.evidenceCount,
    tally: { ...c.stances, supportingPublishers: c.supportingPublishers },
    commentCount: c.commentCount,
    suggestedStatus: c.suggestedStatus,
  };
}

/**
 * The wire row: a tuple, because 500 claims as objects with named keys cost the page more than
 * the article text itself. Kept in step by encode/decode and a round-trip test.
 */
export type ClaimRow = [
  id: string, number: number, start: number, end: number, statement: string | null, attribution: string | null,
  kind: ClaimKind, score: number, status: ClaimStatus, assigneeId: string | null, dueAt: string | null, version: number,
  spans: number[], evidence: number, supports: number, contradicts: number, context: number, publishers: number,
  comments: number, suggested: Verdict | null,
];

export function encodeClaim(c: BoardClaim, body: string): ClaimRow {
  return [
    c.id, c.number, c.start, c.end, c.statement === body.slice(c.start, c.end) ? null : c.statement, c.attribution,
    c.kind, Math.round(c.score * 100) / 100, c.status, c.assigneeId, c.dueAt, c.version,
    c.spans.flat(), c.evidenceCount, c.tally.supports, c.tally.contradicts, c.tally.context, c.tally.supportingPublishers,
    c.commentCount, c.suggestedStatus,
  ];
}

export function decodeClaim(r: ClaimRow, body: string): BoardClaim {
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < r[12].length; i += 2) spans.push([r[12][i]!, r[12][i + 1]!]);
  return {
    id: r[0], number: r[1], start: r[2], end: r[3], statement: r[4] ?? body.slice(r[2], r[3]), attribution: r[5],
    kind: r[6], score: r[7], status: r[8], assigneeId: r[9], dueAt: r[10], version: r[11], spans,
    evidenceCount: r[13], tally: { supports: r[14], contradicts: r[15], context: r[16], supportingPublishers: r[17] },
    commentCount: r[18], suggestedStatus: r[19],
  };
}

export interface EvidenceJson {
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
}

export interface ClaimDetail {
  claim: ClaimJson;
  warning: string | null;
  evidence: EvidenceJson[];
  comments: { id: string; body: string; author: BoardPerson; createdAt: string }[];
  history: { id: string; text: string; action: string; actor: BoardPerson | null; createdAt: string }[];
}
