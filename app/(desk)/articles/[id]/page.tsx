import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findEarlierCopies, getArticle } from '@/lib/articles/queries';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { listAssignableUsers } from '@/lib/claims/queries';
import { isAppError } from '@/lib/errors';
import { latestVersion } from '@/lib/versions/queries';
import { Board } from './board';
import { EarlierCopies } from './earlier-copies';
import { encodeClaim, type BoardClaim } from './board-types';
import { ImportNotes } from './import-notes';

export const metadata: Metadata = { title: 'Article' };

function load(id: string) {
  try {
    return getArticle({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function ArticleBoardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; imported?: string }> }) {
  const { id } = await params;
  const { claim, imported } = await searchParams;
  const actor = await requirePageActor('articles.read', `/articles/${id}`);
  const article = load(id);
  const latest = latestVersion({ articleId: id });
  const version = latest ? { number: latest.number, createdAt: latest.createdAt.toISOString(), importedBy: latest.importedBy, carryOver: latest.carryOver } : null;
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
  const earlier = findEarlierCopies({ actor, articleId: id });
  return (
    <>
    {/* First on the page after the header, before any notice above the board (earlier copies can list five links). */}
    <a href="#claims-list" className="skip-link">Skip to the claims list</a>
    <EarlierCopies copies={earlier} />
    <ImportNotes articleId={article.id} notes={article.importNotes} />
    <Board
      article={{ id: article.id, title: article.title, dek: article.dek, byline: article.byline, publication: article.publication, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt, body: article.body, links: article.links }}
      rows={rows}
      people={listAssignableUsers()}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      canEdit={can(actor, 'claims.edit')}
      canExport={can(actor, 'exports.create')}
      initialClaimId={claim}
      version={version}
      justImported={imported !== undefined && Number(imported) === version?.number}
    />
    </>
  );
}
