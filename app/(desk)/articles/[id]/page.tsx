import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { preload } from 'react-dom';
import { readBoard } from '@/lib/articles/board-data';
import { can, type Actor } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { isAppError } from '@/lib/errors';
import { Board } from './board';
import { EarlierCopies } from './earlier-copies';
import { ImportNotes } from './import-notes';

export const metadata: Metadata = { title: 'Article' };

function boardOr404(id: string, actor: Actor) {
  try {
    return readBoard(id, actor);
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function ArticleBoardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; imported?: string }> }) {
  const { id } = await params;
  const { claim, imported } = await searchParams;
  const actor = await requirePageActor('articles.read', `/articles/${id}`);
  const { article, importNotes, claimCount, progress, version, people, earlier } = boardOr404(id, actor).shell;
  const payloadUrl = `/api/v1/articles/${encodeURIComponent(id)}/board`;
  // The text and claims load beside the page (lib/articles/board-data.ts): the browser starts
  // fetching them with the HTML's head, before the scripts, and the board's fetch takes it over.
  preload(payloadUrl, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <>
    {/* First on the page after the header, before any notice above the board (earlier copies can list five links). */}
    <a href="#claims-list" className="skip-link">Skip to the claims list</a>
    <EarlierCopies copies={earlier} />
    <ImportNotes articleId={article.id} notes={importNotes} />
    <Board
      article={article}
      payloadUrl={payloadUrl}
      summary={{ claims: claimCount, progress }}
      people={people}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      canEdit={can(actor, 'claims.edit')}
      canExport={can(actor, 'exports.create')}
      initialClaimId={claim}
      version={version ? { number: version.number, createdAt: version.createdAt.toISOString(), importedBy: version.importedBy, carryOver: version.carryOver } : null}
      justImported={imported !== undefined && Number(imported) === version?.number}
    />
    </>
  );
}
