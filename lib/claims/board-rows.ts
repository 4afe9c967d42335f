// The board's wire format: an article's claims as compact rows, the statement sent only when it
// was rewritten, reasons as indexes. Encoded once on the server (lib/articles/board-data.ts,
// kept while nothing changes) and decoded once in the browser (the article board).
import type { Article, ClaimAnchor, ClaimKind, ClaimStatus } from '@/db/schema';
import type { EvidenceTally, Verdict } from '@/lib/claims/status';
import { SCORE_REASONS } from '@/lib/extraction/score-reasons';

export interface BoardClaim {
  id: string;
  number: number;
  /** Null while the claim is removed: its passage is not in the latest version's text. */
  start: number | null;
  end: number | null;
  /** The claim in the checker's words; equal to the quoted passage until someone rewrites it. */
  statement: string;
  attribution: string | null;
  kind: ClaimKind;
  score: number;
  /** Why the extractor scored it high ("a figure", "a named source"); empty for claims added by hand. */
  reasons: string[];
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
  /** Where the claim stands in the latest version (lib/versions). */
  anchor: ClaimAnchor;
  /** The wording it was checked on, while `edited`. */
  previousText: string | null;
  /** The last version that held it, while `removed`. */
  lastSeenInVersion: number | null;
  needsRecheck: boolean;
}


export type BoardArticle = Pick<Article, 'id' | 'title' | 'dek' | 'byline' | 'publication' | 'sourceUrl' | 'publishedAt' | 'body' | 'links'>;

/**
 * The wire row: a tuple, because 500 claims as objects with named keys cost the page more than
 * the article text itself. Kept in step by encode/decode and a round-trip test.
 */
export type ClaimRow = [
  id: string, number: number, start: number | null, end: number | null, statement: string | null, attribution: string | null,
  kind: ClaimKind, score: number, status: ClaimStatus, assigneeId: string | null, dueAt: string | null, version: number,
  spans: number[], evidence: number, supports: number, contradicts: number, context: number, publishers: number,
  comments: number, suggested: Verdict | null,
  // Versions: 0 current, 1 edited, 2 removed; the earlier wording or the last version seen in; a re-check owed (1).
  anchor: 0 | 1 | 2, previousText: string | null, lastSeenInVersion: number | null, needsRecheck: 0 | 1,
  // Why it scored high: indexes into SCORE_REASONS (any other words as they are); left off when there are none.
  reasons?: (number | string)[],
];

const ANCHOR_CODES: ClaimAnchor[] = ['current', 'edited', 'removed'];

/** The statement is sent only when it differs from the passage, which a removed claim does not have in this text. */
const passage = (body: string, start: number | null, end: number | null) => (start === null || end === null ? null : body.slice(start, end));

const reasonCode = new Map<string, number>(SCORE_REASONS.map((r, i) => [r, i]));

export function encodeClaim(c: BoardClaim, body: string): ClaimRow {
  const row: ClaimRow = [
    c.id, c.number, c.start, c.end, c.statement === passage(body, c.start, c.end) ? null : c.statement, c.attribution,
    c.kind, Math.round(c.score * 100) / 100, c.status, c.assigneeId, c.dueAt, c.version,
    c.spans.flat(), c.evidenceCount, c.tally.supports, c.tally.contradicts, c.tally.context, c.tally.supportingPublishers,
    c.commentCount, c.suggestedStatus,
    ANCHOR_CODES.indexOf(c.anchor) as 0 | 1 | 2, c.previousText, c.lastSeenInVersion, c.needsRecheck ? 1 : 0,
  ];
  if (c.reasons.length) row.push(c.reasons.map((r) => reasonCode.get(r) ?? r));
  return row;
}

export function decodeClaim(r: ClaimRow, body: string): BoardClaim {
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < r[12].length; i += 2) spans.push([r[12][i]!, r[12][i + 1]!]);
  return {
    id: r[0], number: r[1], start: r[2], end: r[3], statement: r[4] ?? passage(body, r[2], r[3]) ?? '', attribution: r[5],
    kind: r[6], score: r[7], status: r[8], assigneeId: r[9], dueAt: r[10], version: r[11], spans,
    evidenceCount: r[13], tally: { supports: r[14], contradicts: r[15], context: r[16], supportingPublishers: r[17] },
    commentCount: r[18], suggestedStatus: r[19],
    anchor: ANCHOR_CODES[r[20]] ?? 'current', previousText: r[21], lastSeenInVersion: r[22], needsRecheck: r[23] === 1,
    reasons: (r[24] ?? []).map((x) => (typeof x === 'number' ? (SCORE_REASONS[x] ?? '') : x)).filter(Boolean),
  };
}

/** What GET /api/v1/articles/:id/board answers (lib/articles/board-data.ts). */
export interface BoardPayload {
  article: BoardArticle;
  rows: ClaimRow[];
  /** Where the live stream stood before this was read: following from here misses nothing. */
  liveAfter: string;
}

/** A payload as the board holds it: its rows decoded against its text. */
export function decodeBoard(payload: BoardPayload): { article: BoardArticle; claims: BoardClaim[]; liveAfter: string } {
  return { article: payload.article, claims: payload.rows.map((r) => decodeClaim(r, payload.article.body)), liveAfter: payload.liveAfter };
}
