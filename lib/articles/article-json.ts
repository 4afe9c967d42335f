// The article as the API returns it: metadata, body, and every claim with its evidence.
import 'server-only';
import { claimJson, evidenceJson } from '@/lib/claims/claim-json';
import { getArticle, type ArticleDetail } from './queries';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function articleJson(a: ArticleDetail) {
  return {
    article: {
      id: a.id,
      title: a.title,
      dek: a.dek,
      byline: a.byline,
      publication: a.publication,
      sourceUrl: a.sourceUrl,
      publishedAt: a.publishedAt,
      body: a.body,
      format: a.format,
      fileName: a.fileName,
      importedBy: a.importedBy,
      /** The latest version's number; `body` is its text. */
      currentVersion: a.currentVersion,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
    },
    claims: a.claims.map((c) => ({
      ...claimJson(c),
      evidence: c.evidence.map(evidenceJson),
      warning: c.warning,
    })),
  };
}

export function getArticleJson({ id }: { id: string }) {
  return articleJson(getArticle({ id }));
}
