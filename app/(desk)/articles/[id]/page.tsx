import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findEarlierCopies, getArticle } from '@/lib/articles/queries';
import { can } from '@/lib/auth/permissions';
import { requirePageActor } from '@/lib/auth/page';
import { claimJson } from '@/lib/claims/claim-json';
import { listAssignableUsers } from '@/lib/claims/queries';
import { isAppError } from '@/lib/errors';
import { Board } from './board';
import { EarlierCopies } from './earlier-copies';
import type { BoardClaim } from './board-types';

export const metadata: Metadata = { title: 'Article' };

function load(id: string) {
  try {
    return getArticle({ id });
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function ArticleBoardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> }) {
  const { id } = await params;
  const { claim } = await searchParams;
  const actor = await requirePageActor('articles.read', `/articles/${id}`);
  const article = load(id);
  const claims = article.claims.map((c) => claimJson(c) as BoardClaim);
  const earlier = findEarlierCopies({ actor, articleId: id });
  return (
    <>
    <EarlierCopies copies={earlier} />
    <Board
      article={{ id: article.id, title: article.title, dek: article.dek, byline: article.byline, publication: article.publication, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt, body: article.body }}
      claims={claims}
      people={listAssignableUsers()}
      actor={{ id: actor.id, role: actor.role }}
      canEdit={can(actor, 'claims.edit')}
      canExport={can(actor, 'exports.create')}
      initialClaimId={claim}
    />
    </>
  );
}
