// The article board's data, read once and handed out again while nothing changes
// (db/change-stamp.ts): a desk opening one busy article reads and encodes its 500 claims once,
// not once per person. It comes in two parts:
// - the shell the page renders at once (title, progress, versions, the people claims can go to);
// - the payload the browser fetches beside the page (GET /api/v1/articles/:id/board): the text
//   and every claim as a compact row, serialised once when it is kept.
// The page used to carry the payload too. Its 150 KB went through React's stream into the HTML
// and was parsed by the server render only to draw "Loading…": 40% of the board's server time.
import 'server-only';
import { getDb } from '@/db';
import { KeptWhileUnchanged } from '@/db/change-stamp';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { encodeClaim, type BoardArticle, type BoardClaim, type BoardPayload } from '@/lib/claims/board-rows';
import { claimProgress, type ClaimProgress } from '@/lib/claims/progress';
import { listAssignableUsers } from '@/lib/claims/queries';
import { currentCursor } from '@/lib/events/feed';
import { formatCursor } from '@/lib/events/stream';
import { latestVersion, type VersionSummary } from '@/lib/versions/queries';
import { readerKey } from './access';
import { findEarlierCopies, getArticle, type ArticleDetail, type EarlierCopy } from './queries';

export interface BoardShell {
  article: Omit<BoardArticle, 'body' | 'links'>;
  importNotes: ArticleDetail['importNotes'];
  /** Every claim, removed ones included (the list counts them). */
  claimCount: number;
  /** Progress over the claims in the latest text, shown before the payload arrives. */
  progress: ClaimProgress;
  version: VersionSummary | null;
  people: ReturnType<typeof listAssignableUsers>;
  earlier: EarlierCopy[];
}

export interface Board {
  shell: BoardShell;
  /** The payload as JSON text. */
  payload: string;
}

const kept = new KeptWhileUnchanged<Board>(8);

/** The board of one article as `actor` may see it; not_found when there is no such article. */
export function readBoard(id: string, actor: Actor): Board {
  requirePermission(actor, 'articles.read');
  // Keyed by what the reader may see of other articles too (the earlier copies).
  return kept.get(`${id}:${readerKey(actor)}`, () => {
    // Taken before the article is read: a change in between is replayed, never missed. Kept
    // with it, which is right while kept: no change has been written since.
    const liveAfter = formatCursor(currentCursor(getDb()));
    const detail = getArticle({ id });
    const { title, dek, byline, publication, sourceUrl, publishedAt, body, links } = detail;
    const rows = detail.claims.map((c) => encodeClaim(boardClaim(c), body));
    const payload: BoardPayload = { article: { id, title, dek, byline, publication, sourceUrl, publishedAt, body, links }, rows, liveAfter };
    return {
      shell: {
        article: { id, title, dek, byline, publication, sourceUrl, publishedAt },
        importNotes: detail.importNotes,
        claimCount: detail.claims.length,
        progress: claimProgress(detail.claims.filter((c) => c.anchor !== 'removed').map((c) => c.status)),
        version: latestVersion({ articleId: id }),
        people: listAssignableUsers(),
        earlier: findEarlierCopies({ actor, articleId: id }),
      },
      payload: JSON.stringify(payload),
    };
  });
}

/** A claim as the board holds it: no evidence bodies (the panel asks for one claim's detail when it is opened). */
function boardClaim(c: ArticleDetail['claims'][number]): BoardClaim {
  // A removed claim's offsets count into an older version's text: none are sent for it.
  const removed = c.anchor === 'removed';
  return {
    id: c.id, number: c.number, start: removed ? null : c.start, end: removed ? null : c.end, statement: c.statement, attribution: c.attributionSource,
    kind: c.kind, score: c.score, reasons: c.scoreReasons, status: c.status, assigneeId: c.assigneeId, dueAt: c.dueAt?.toISOString() ?? null,
    version: c.version, spans: removed ? [] : c.spans.map((s) => [s.start, s.end]), evidenceCount: c.evidenceCount, tally: c.tally,
    commentCount: c.commentCount, suggestedStatus: c.suggestedStatus,
    anchor: c.anchor, previousText: c.anchor === 'edited' ? c.previousQuote : null, lastSeenInVersion: removed ? c.seenInVersion : null, needsRecheck: c.needsRecheck,
  };
}
