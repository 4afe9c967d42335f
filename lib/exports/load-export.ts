// Everything an export is rendered from, for one article, in eight queries however many
// claims it has, with every history line already written as a sentence: exports then stay
// pure functions of this plain data. Claims come in number order.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, articleVersions, auditEvents, claims, claimSpans, comments, evidence, users, type ClaimSpan } from '@/db/schema';
import { AUDIT_ORDER } from '@/lib/claims/queries';
import { AppError } from '@/lib/errors';
import { historyText, peopleIn } from '@/lib/history/describe';
import type { ExportArticle, ExportClaim, ExportHistoryEntry, ExportPerson, ExportSpan } from './types';
import { groupBy } from '@/lib/group-by';

const span = (s: Pick<ClaimSpan, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>): ExportSpan => ({
  start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix,
});


export function loadExportArticle({ articleId }: { articleId: string }): ExportArticle {
  const db = getDb();
  const article = db.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
  const claimRows = db
    .select()
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.number))
    .all();
  const ids = claimRows.map((c) => c.id);
  const spans = db.select().from(claimSpans).where(inArray(claimSpans.claimId, ids)).orderBy(asc(claimSpans.start)).all();
  const evidenceRows = db.select().from(evidence).where(inArray(evidence.claimId, ids)).orderBy(asc(evidence.createdAt), asc(evidence.id)).all();
  const commentRows = db.select().from(comments).where(inArray(comments.claimId, ids)).orderBy(asc(comments.createdAt), asc(comments.id)).all();
  // History of claims that were merged away stays with them; the survivors' history is
  // everything recorded on their own ids.
  const events = db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.articleId, articleId), eq(auditEvents.entityType, 'claim')))
    .orderBy(asc(auditEvents.createdAt), asc(AUDIT_ORDER))
    .all();

  // Everyone the export names, in one query.
  const version = db
    .select({ number: articleVersions.number, createdAt: articleVersions.createdAt, importedById: articleVersions.importedById })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, article.currentVersion)))
    .get() ?? { number: article.currentVersion, createdAt: article.createdAt, importedById: article.importedById };

  const personIds = new Set<string>([article.importedById, version.importedById]);
  for (const c of claimRows) if (c.assigneeId) personIds.add(c.assigneeId);
  for (const e of evidenceRows) personIds.add(e.addedById);
  for (const c of commentRows) personIds.add(c.authorId);
  for (const e of events) {
    if (e.actorId) personIds.add(e.actorId);
    for (const id of peopleIn({ before: e.before ?? null, after: e.after ?? null })) personIds.add(id);
  }
  const people = new Map<string, ExportPerson>(
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, [...personIds]))
      .all()
      .map((p) => [p.id, p]),
  );
  const person = (id: string): ExportPerson => people.get(id) ?? { id, name: 'Unknown', email: '' };

  const spansByClaim = groupBy(spans, (s) => s.claimId);
  const evidenceByClaim = groupBy(evidenceRows, (e) => e.claimId);
  const commentsByClaim = groupBy(commentRows, (c) => c.claimId);
  const eventsByClaim = groupBy(events, (e) => e.entityId);

  const numbers = new Map(claimRows.map((c) => [c.id, c.number]));
  const ctx = { name: (id: string) => people.get(id)?.name, claimNumber: (id: string) => numbers.get(id) };

  // Claims in the text, and apart from them the ones a new version removed (last seen earlier).
  const toExport = (c: (typeof claimRows)[number]): ExportClaim => ({
    id: c.id,
    number: c.number,
    span: span(c),
    otherSpans: (spansByClaim.get(c.id) ?? []).map(span),
    statement: c.statement,
    attribution: c.attributionSource,
    kind: c.kind,
    score: c.score,
    status: c.status,
    assignee: c.assigneeId ? person(c.assigneeId) : null,
    dueAt: c.dueAt,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    evidence: (evidenceByClaim.get(c.id) ?? []).map((e) => ({
      id: e.id, url: e.url, title: e.title, publisher: e.publisher, stance: e.stance,
      excerpt: e.excerpt, note: e.note, archiveUrl: e.archiveUrl, addedBy: person(e.addedById), createdAt: e.createdAt,
    })),
    comments: (commentsByClaim.get(c.id) ?? []).map((m) => ({ id: m.id, author: person(m.authorId), body: m.body, createdAt: m.createdAt })),
    history: (eventsByClaim.get(c.id) ?? []).map(
      (e): ExportHistoryEntry => {
        const entry = { at: e.createdAt, actor: e.actorId ? person(e.actorId) : null, action: e.action, before: e.before ?? null, after: e.after ?? null };
        return { ...entry, text: historyText(entry, ctx) };
      },
    ),
    anchor: c.anchor,
    previousQuote: c.anchor === 'edited' ? c.previousQuote : null,
    needsRecheck: c.needsRecheck,
    lastSeenInVersion: c.anchor === 'removed' ? c.seenInVersion : null,
  });

  return {
    id: article.id,
    title: article.title,
    dek: article.dek,
    byline: article.byline,
    publication: article.publication,
    sourceUrl: article.sourceUrl,
    publishedAt: article.publishedAt,
    body: article.body,
    importedBy: person(article.importedById),
    createdAt: article.createdAt,
    version: { number: version.number, createdAt: version.createdAt, importedBy: person(version.importedById) },
    claims: claimRows.filter((c) => c.anchor !== 'removed').map(toExport),
    removedClaims: claimRows.filter((c) => c.anchor === 'removed').map(toExport),
  };
}
