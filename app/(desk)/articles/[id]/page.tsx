import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { KeptWhileUnchanged } from '@/db/change-stamp';
import { readerKey } from '@/lib/articles/access';
import { findEarlierCopies, getArticle, type ArticleDetail, type EarlierCopy } from '@/lib/articles/queries';
import { can, type Actor } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { listAssignableUsers } from '@/lib/claims/queries';
import { isAppError } from '@/lib/errors';
import { currentCursor } from '@/lib/events/feed';
import { formatCursor } from '@/lib/events/stream';
import { latestVersion } from '@/lib/versions/queries';
import { Board } from './board';
import { EarlierCopies } from './earlier-copies';
import { encodeClaim, type BoardArticle, type BoardClaim, type BoardPerson } from './board-types';
import { ImportNotes } from './import-notes';
import type { BoardVersion } from './versions/version-summary';

export const metadata: Metadata = { title: 'Article' };

function load(id: string) {
  try {
    return getArticle({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

interface BoardData {
  article: BoardArticle;
  importNotes: ArticleDetail['importNotes'];
  rowsJson: string;
  version: BoardVersion | null;
  people: BoardPerson[];
  earlier: EarlierCopy[];
}

/**
 * Everything the board is given but who is looking: the article, its claim rows, its latest
 * version, the people claims can go to, earlier copies of the same story. Kept for the last
 * few articles while the database is unchanged (db/change-stamp.ts): a desk opening one busy
 * article reads and encodes its 500 claims once, not once per person. Keyed by what the reader
 * may see of other articles too (readerKey).
 */
const kept = new KeptWhileUnchanged<BoardData>(8);

function boardData(id: string, actor: Actor): BoardData {
  return kept.get(`${id}:${readerKey(actor)}`, () => {
    const article = load(id);
    // Rows without evidence bodies: the panel asks for one claim's detail when it is opened.
    const rows = article.claims.map((c) => {
      // A removed claim's offsets count into an older version's text: none are sent for this one.
      const removed = c.anchor === 'removed';
      const board: BoardClaim = {
        id: c.id, number: c.number, start: removed ? null : c.start, end: removed ? null : c.end, statement: c.statement, attribution: c.attributionSource,
        kind: c.kind, score: c.score, reasons: c.scoreReasons, status: c.status, assigneeId: c.assigneeId, dueAt: c.dueAt?.toISOString() ?? null,
        version: c.version, spans: removed ? [] : c.spans.map((s) => [s.start, s.end]), evidenceCount: c.evidenceCount, tally: c.tally,
        commentCount: c.commentCount, suggestedStatus: c.suggestedStatus,
        anchor: c.anchor, previousText: c.anchor === 'edited' ? c.previousQuote : null, lastSeenInVersion: removed ? c.seenInVersion : null, needsRecheck: c.needsRecheck,
      };
      return encodeClaim(board, article.body);
    });
    const { title, dek, byline, publication, sourceUrl, publishedAt, body, links } = article;
    const latest = latestVersion({ articleId: id });
    return {
      article: { id, title, dek, byline, publication, sourceUrl, publishedAt, body, links },
      importNotes: article.importNotes,
      rowsJson: JSON.stringify(rows),
      version: latest ? { number: latest.number, createdAt: latest.createdAt.toISOString(), importedBy: latest.importedBy, carryOver: latest.carryOver } : null,
      people: listAssignableUsers(),
      earlier: findEarlierCopies({ actor, articleId: id }),
    };
  });
}

export default async function ArticleBoardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; imported?: string }> }) {
  const { id } = await params;
  const { claim, imported } = await searchParams;
  const actor = await requirePageActor('articles.read', `/articles/${id}`);
  // Taken before the article is read: a change in between is replayed, never missed.
  const liveAfter = formatCursor(currentCursor(getDb()));
  const { article, importNotes, rowsJson, version, people, earlier } = boardData(id, actor);
  return (
    <>
    {/* First on the page after the header, before any notice above the board (earlier copies can list five links). */}
    <a href="#claims-list" className="skip-link">Skip to the claims list</a>
    <EarlierCopies copies={earlier} />
    <ImportNotes articleId={article.id} notes={importNotes} />
    <Board
      article={article}
      rowsJson={rowsJson}
      people={people}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      canEdit={can(actor, 'claims.edit')}
      canExport={can(actor, 'exports.create')}
      initialClaimId={claim}
      version={version}
      liveAfter={liveAfter}
      justImported={imported !== undefined && Number(imported) === version?.number}
    />
    </>
  );
}
