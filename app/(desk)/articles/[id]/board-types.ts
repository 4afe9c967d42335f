// What the article board works with in the browser: plain JSON, dates as ISO strings. Claims
// arrive as compact rows (lib/claims/board-rows.ts: no evidence bodies, the statement only when
// it was rewritten), decoded once; the panel's detail is fetched when a claim is opened.
import type { ClaimAnchor, ClaimKind, ClaimStatus, Role, Stance } from '@/db/schema';
import { api } from '@/app/_lib/api-client';
import { decodeBoard, type BoardClaim, type BoardPayload } from '@/lib/claims/board-rows';
import type { Verdict } from '@/lib/claims/status';

export interface BoardPerson {
  id: string;
  name: string;
  role?: Role;
}

export type { BoardArticle, BoardClaim, BoardPayload, ClaimRow } from '@/lib/claims/board-rows';
export { decodeClaim, encodeClaim } from '@/lib/claims/board-rows';

/** The board's text and claims (GET /api/v1/articles/:id/board), fetched and decoded: its first load, and a re-read after a change to the list. */
export async function fetchBoard(url: string) {
  return decodeBoard(await api<BoardPayload>(url));
}

/** Where a claim sorts by position: claims no longer in the text come after all the others. */
export const positionOf = (c: Pick<BoardClaim, 'start'>) => c.start ?? Number.POSITIVE_INFINITY;
export const positionEndOf = (c: Pick<BoardClaim, 'end'>) => c.end ?? Number.POSITIVE_INFINITY;

/** A claim standing in the latest text, with its offsets. */
export type InTextClaim = BoardClaim & { start: number; end: number };

export const isInText = (c: BoardClaim): c is InTextClaim => c.start !== null && c.end !== null;

/** The claim as the API answers it (lib/claims/claim-json.ts), the part the board reads. */
export interface ClaimJson {
  id: string;
  number: number;
  start: number | null;
  end: number | null;
  quote: string;
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  reasons: string[];
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
  anchor: ClaimAnchor;
  previousText: string | null;
  lastSeenInVersion: number | null;
  needsRecheck: boolean;
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
    reasons: c.reasons ?? [],
    status: c.status,
    assigneeId: c.assignee?.id ?? null,
    dueAt: c.dueAt,
    version: c.version,
    spans: c.spans.map((s) => [s.start, s.end]),
    evidenceCount: c.evidenceCount,
    tally: { ...c.stances, supportingPublishers: c.supportingPublishers },
    commentCount: c.commentCount,
    suggestedStatus: c.suggestedStatus,
    anchor: c.anchor,
    previousText: c.previousText,
    lastSeenInVersion: c.lastSeenInVersion,
    needsRecheck: c.needsRecheck,
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
  comments: { id: string; body: string; author: BoardPerson; mentions?: BoardPerson[]; createdAt: string }[];
  history: { id: string; text: string; action: string; actor: BoardPerson | null; createdAt: string }[];
}
