// The background job that matches every claim of a newly imported article against the
// archive's earlier checks and stores what it finds as suggestions, claim by claim, with
// progress, yielding between claims so the server keeps answering.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles, claimMatches, users } from '@/db/schema';
import { defineJob, yieldToServer } from '@/lib/jobs/registry';
import { newId } from '@/lib/ids';
import { MATCH_ARTICLE_JOB } from './enqueue';
import { createMatcher } from './find-matches';
import { articleClaimsToMatch } from './queries';

export const matchArticleJob = defineJob({
  kind: MATCH_ARTICLE_JOB,
  parse: (payload) => z.object({ articleId: z.string().min(1) }).parse(payload),
  timeoutMs: 15 * 60_000,
  async run({ articleId }, ctx) {
    const db = getDb();
    // Matches are looked for with the importer's eyes: they see what the access rule lets them.
    const importer = db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(articles).innerJoin(users, eq(users.id, articles.importedById))
      .where(eq(articles.id, articleId)).get();
    if (!importer) return { claims: 0, matched: 0, note: 'The article was deleted before it could be matched.' };
    const claims = articleClaimsToMatch(db, articleId);
    const findMatches = createMatcher(db, importer);
    let matched = 0;
    for (const [i, claim] of claims.entries()) {
      const found = claim.status === 'dismissed' ? [] : findMatches(claim);
      if (found.length) matched++;
      const now = new Date();
      db.transaction((tx) => {
        for (const m of found) {
          tx.insert(claimMatches)
            .values({ id: newId(), claimId: claim.id, articleId, matchClaimId: m.claimId, score: m.score, state: 'suggested', createdAt: now })
            .onConflictDoUpdate({ target: [claimMatches.claimId, claimMatches.matchClaimId], set: { score: m.score }, setWhere: sql`${claimMatches.state} = 'suggested'` })
            .run();
        }
      });
      ctx.progress(i + 1, claims.length);
      await yieldToServer();
    }
    return { claims: claims.length, matched };
  },
});
