// Asking for an article's claims to be matched against the archive, in the transaction
// that saves them (import, and later a new version). The job is ./match-article-job.ts.
import type { Db } from '@/db';
import { enqueueJob } from '@/lib/jobs/enqueue';

export const MATCH_ARTICLE_JOB = 'matching.article';

export const matchingSubject = (articleId: string) => `article:${articleId}`;

export function enqueueArticleMatching(tx: Db | Parameters<Parameters<Db['transaction']>[0]>[0], articleId: string): string | null {
  return enqueueJob(tx, {
    kind: MATCH_ARTICLE_JOB,
    payload: { articleId },
    subject: matchingSubject(articleId),
    dedupeKey: `${MATCH_ARTICLE_JOB}:${articleId}`,
  });
}
