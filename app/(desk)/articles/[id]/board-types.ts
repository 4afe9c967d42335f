// What the article board works with in the browser: plain JSON, dates as ISO strings. Claims
// travel from the page to the browser as compact rows (no evidence bodies, the statement only
// when it was rewritten), decoded once; the panel's detail is fetched when a claim is opened.
import type { Article, ClaimAnchor, ClaimKind, ClaimStatus, Role, Stance } from '@/db/schema';
import type { EvidenceTally, Verdict } from '@/lib/claims/status';
import { SCORE_REASONS } from '@/lib/extraction/score-reasons';

export interface BoardPerson {
  id: string;
  name: string;
  role?: Role;
}

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

/** Where a claim sorts by position: claims no longer in the text come after all the others. */
export const positionOf = (c: Pick<BoardClaim, 'start'>) => c.start ?? Number.POSITIVE_INFINITY;
export const positionEndOf = (c: Pick<BoardClaim, 'end'>) => c.end ?? Number.POSITIVE_INFINITY;

/** A claim standing in the latest text, with its offsets. */
export type InTextClaim = BoardClaim & { start: number; end: number };

export const isInText = (c: BoardClaim): c is InTextClaim => c.start !== null && c.end !== null;

export type BoardArticle = Pick<Article, 'id' | 'title' | 'dek' | 'byline' | 'publication' | 'sourceUrl' | 'publishedAt' | 'body' | 'links'>;

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
