// The article as the API returns it: metadata, body, and every claim with its evidence counted
// (or in full, when asked with ?include=evidence).
import 'server-only';
import { KeptWhileUnchanged } from '@/db/change-stamp';
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
      /** Link targets of the original, as offsets into `body` (http and https only). */
      links: a.links,
      /** What the import asks the editor to check. */
      importNotes: a.importNotes,
      importedBy: a.importedBy,
      /** The latest version's number; `body` is its text. */
      currentVersion: a.currentVersion,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
    },
    claims: a.claims.map((c) => (c.evidence ? { ...claimJson(c), evidence: c.evidence.map(evidenceJson) } : claimJson(c))),
  };
}

/** Claims carry counts and stances; `include: ['evidence']` adds every piece of evidence in full. */
export function getArticleJson({ id, include = [] }: { id: string; include?: readonly string[] }) {
  return articleJson(getArticle({ id, include: { evidence: include.includes('evidence') } }));
}

// The serialised answer for the last few articles read, while the database is unchanged: a
// 500-claim article is ~550 KB of JSON, read whole by every client that polls it.
const kept = new KeptWhileUnchanged<string>(8);

/** getArticleJson as JSON text, the same text while nothing in the database has changed. */
export function getArticleJsonText({ id, include = [] }: { id: string; include?: readonly string[] }): string {
  const evidence = include.includes('evidence');
  return kept.get(`${id}\n${evidence}`, () => JSON.stringify(getArticleJson({ id, include: evidence ? ['evidence'] : [] })));
}
