// A claim the editor marks by hand: a span of the body the extractor missed.
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { articles, CLAIM_KINDS, claims } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { AppError, invalid } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { anchorSpan, trimSpan } from './anchor';
import { takeClaimNumber } from './numbering';
import { loadClaimDetail, type ClaimDetail } from './queries';
import { MAX_STATEMENT_CHARS } from './update-claim';
import { cleanFields, splitsCharacter } from '@/lib/text/clean-text';

/**
 * An editor choosing a span by hand has judged it worth checking, so it gets the top
 * check-worthiness score rather than a guess from the extractor's scale.
 */
export const MANUAL_CLAIM_SCORE = 1;

const offset = z.coerce.number({ message: 'Select the claim in the article text.' }).int().min(0);

export const newClaimInput = z
  .object({
    start: offset,
    end: offset,
    statement: z.string().trim().max(MAX_STATEMENT_CHARS, `Use at most ${MAX_STATEMENT_CHARS.toLocaleString('en')} characters for the statement.`).optional(),
    kind: z.enum(CLAIM_KINDS).optional(),
    attributionSource: z.string().trim().max(300, 'Use at most 300 characters for the attribution.').nullish(),
  })
  .refine((v) => v.end > v.start, { message: 'The selection is empty.', path: ['end'] });
export type NewClaimInput = z.input<typeof newClaimInput>;

export function addClaim(actor: Actor, articleId: string, input: NewClaimInput): ClaimDetail {
  const parsed = newClaimInput.safeParse(cleanFields(input));
  if (!parsed.success) throw invalid(parsed.error.issues);
  const data = parsed.data;
  return getDb().transaction((tx) => {
    const article = tx.select({ id: articles.id, body: articles.body }).from(articles).where(eq(articles.id, articleId)).get();
    if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
    requirePermission(actor, 'claims.edit');
    if (data.end > article.body.length) {
      throw invalid([{ path: ['end'], message: 'The selection runs past the end of the article; reload and select again.' }]);
    }
    // Offsets count UTF-16 code units: one between the halves of an emoji would cut it in two.
    if (splitsCharacter(article.body, data.start) || splitsCharacter(article.body, data.end)) {
      throw invalid([{ path: ['start'], message: 'The selection starts or ends inside a character (an emoji or a rare letter); select whole characters.' }]);
    }
    const { start, end } = trimSpan(article.body, data.start, data.end);
    if (end <= start) throw invalid([{ path: ['start'], message: 'The selection holds only spaces; select the words of the claim.' }]);
    if (end - start > MAX_STATEMENT_CHARS) {
      throw invalid([{ path: ['end'], message: `A claim can span at most ${MAX_STATEMENT_CHARS.toLocaleString('en')} characters; select a shorter passage.` }]);
    }
    const same = tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.articleId, articleId), eq(claims.start, start), eq(claims.end, end), ne(claims.anchor, 'removed')))
      .get();
    if (same) throw invalid([{ path: ['start'], message: 'This exact passage is already a claim.' }]);
    const span = anchorSpan(article.body, start, end);
    const now = new Date();
    const row = {
      id: newId(),
      articleId,
      number: takeClaimNumber(tx, articleId),
      ...span,
      statement: data.statement || span.quote,
      attributionSource: data.attributionSource || null,
      kind: data.kind ?? 'other',
      score: MANUAL_CLAIM_SCORE,
      origin: 'manual' as const,
      createdAt: now,
      updatedAt: now,
    };
    tx.insert(claims).values(row).run();
    recordEvent(tx, {
      actorId: actor.id, articleId, entityType: 'claim', entityId: row.id, action: 'claim.created',
      before: null,
      after: { number: row.number, start, end, quote: span.quote, statement: row.statement, kind: row.kind, attributionSource: row.attributionSource, origin: 'manual', status: 'unchecked', version: 1 },
    });
    return loadClaimDetail(tx, row.id);
  });
}
