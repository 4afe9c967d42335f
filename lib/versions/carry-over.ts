// Importing a new version of an article: one transaction that stores the version,
// replaces the body, carries every claim over as planned (carry-plan.ts), adds the new
// sentences extraction offers, and writes an audit event for the version and for each
// claim's outcome. All of it or nothing.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { driverValues, rawPlaceholders } from '@/db/prepared';
import { articles, articleVersions, claims, claimSpans, users, type CarryOverIds, type NewAuditEvent, type NewClaim } from '@/db/schema';
import { followEvent, writeAuditRow } from '@/lib/audit/record-event';
import { requirePermission, type Actor } from '@/lib/auth/permissions';
import { newClaimRows } from '@/lib/articles/create-article';
import { takeClaimNumbers } from '@/lib/claims/numbering';
import type { Reader } from '@/lib/claims/queries';
import { AppError, invalid } from '@/lib/errors';
import { enqueueArticleMatching } from '@/lib/matching/enqueue';
import type { Extraction, Span } from '@/lib/extraction/types';
import { groupBy } from '@/lib/group-by';
import { newId } from '@/lib/ids';
import { MAX_BODY_CHARS } from '@/lib/import/errors';
import type { ImportedArticle } from '@/lib/import';
import { coveredSpans, offerNewSentences, placeClaims, type ClaimChangePlan, type ClaimState, type PlacedClaims, type PlanInput } from './carry-plan';
import { overlapsAny } from './overlaps';

export interface VersionImported {
  articleId: string;
  version: { number: number; createdAt: Date; importedBy: { id: string; name: string } };
  carryOver: CarryOverIds;
}

export interface CarryOverOptions {
  /** The latest version the editor saw; a newer one imported meanwhile is a conflict. */
  expectedVersion?: number;
  /** The plan worked out before extraction (prepareCarryOver), reused when still valid. */
  prepared?: PreparedCarryOver;
}

export interface PreparedCarryOver {
  key: string;
  newBody: string;
  placed: PlacedClaims;
  /** The passages carried claims cover in the new body: what extraction may skip. */
  covered: Span[];
}

const CARRIED_COLUMNS = [
  'start', 'end', 'quote', 'prefix', 'suffix', 'statement', 'anchor', 'previousQuote', 'needsRecheck',
  'seenInVersion', 'version', 'attributionStart', 'attributionEnd', 'updatedAt',
] as const;

function loadClaimStates(tx: Reader, articleId: string): ClaimState[] {
  // Only what the plan reads: the whole row would decode dates and JSON for hundreds of claims.
  const rows = tx.select({
    id: claims.id, start: claims.start, end: claims.end, quote: claims.quote, prefix: claims.prefix, suffix: claims.suffix,
    statement: claims.statement, status: claims.status, anchor: claims.anchor, previousQuote: claims.previousQuote,
    needsRecheck: claims.needsRecheck, seenInVersion: claims.seenInVersion, version: claims.version,
    attributionStart: claims.attributionStart, attributionEnd: claims.attributionEnd,
  }).from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.start)).all();
  const spans = rows.length ? tx.select().from(claimSpans).where(inArray(claimSpans.claimId, rows.map((r) => r.id))).all() : [];
  const byClaim = groupBy(spans, (s) => s.claimId);
  return rows.map((c) => ({
    id: c.id, start: c.start, end: c.end, quote: c.quote, prefix: c.prefix, suffix: c.suffix,
    statement: c.statement, status: c.status, anchor: c.anchor, previousQuote: c.previousQuote,
    needsRecheck: c.needsRecheck, seenInVersion: c.seenInVersion, version: c.version,
    attributionStart: c.attributionStart, attributionEnd: c.attributionEnd,
    spans: (byClaim.get(c.id) ?? []).map((s) => ({ id: s.id, start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix })),
  }));
}

const FOLLOWED = new Set(['article.version_imported', 'claim.text_changed', 'claim.removed_from_text']);

/** What the plan reads: the claims as they stand, and the texts they are placed from. */
function planInput(tx: Reader, articleId: string, current: number, currentBody: string, newBody: string): PlanInput & { key: string } {
  const states = loadClaimStates(tx, articleId);
  const bodies = new Map<number, string>([[current, currentBody]]);
  const older = [...new Set(states.filter((c) => c.anchor === 'removed' && c.seenInVersion !== current).map((c) => c.seenInVersion))];
  if (older.length) {
    for (const v of tx.select({ number: articleVersions.number, body: articleVersions.body }).from(articleVersions)
      .where(and(eq(articleVersions.articleId, articleId), inArray(articleVersions.number, older))).all()) bodies.set(v.number, v.body);
  }
  // Earlier versions' texts never change once stored.
  const key = JSON.stringify([current, currentBody, [...bodies.keys()], states]);
  return { currentVersion: current, bodies, newBody, newVersion: current + 1, claims: states, extracted: [], key };
}

/**
 * Re-anchors the claims before the new version's text is extracted (outside the import's
 * transaction), so extraction reads only the sentences no carried claim covers. The import
 * reuses this plan when nothing it read has changed meanwhile. Null for an article that does not exist.
 */
export function prepareCarryOver(articleId: string, newBody: string): PreparedCarryOver | null {
  const db = getDb();
  const article = db.select({ body: articles.body, currentVersion: articles.currentVersion }).from(articles).where(eq(articles.id, articleId)).get();
  if (!article) return null;
  const input = planInput(db, articleId, article.currentVersion, article.body, newBody);
  const placed = placeClaims(input);
  return { key: input.key, newBody, placed, covered: coveredSpans(placed) };
}

/**
 * The claims changed between planning and the transaction (someone re-anchored, added or
 * deleted one), and a sentence extraction skipped as covered is not covered any more: the
 * import runs again from the start.
 */
export class StaleExtraction extends Error {
  constructor() {
    super('The claims changed while the new version was being read.');
    this.name = 'StaleExtraction';
  }
}

/** The audit row for one claim's outcome, in words the history can read back. */
function outcomeEvent(plan: ClaimChangePlan, articleVersion: number): Pick<NewAuditEvent, 'action' | 'before' | 'after'> {
  const { before: c, set } = plan;
  const spans = {
    ...(plan.droppedSpans.length ? { spansDropped: plan.droppedSpans.map((s) => s.quote) } : {}),
    ...(plan.linkedSpans.length ? { spansLinked: plan.linkedSpans.map((s) => s.quote) } : {}),
  };
  if (plan.outcome === 'removed') {
    return {
      action: 'claim.removed_from_text',
      before: { anchor: c.anchor, start: c.start, end: c.end, version: c.version },
      after: { anchor: 'removed', lastSeenInVersion: c.seenInVersion, articleVersion, reason: plan.placement.reason, version: set.version ?? c.version },
    };
  }
  const restored = plan.restored ? { restored: true } : {};
  if (plan.outcome === 'edited') {
    return {
      action: 'claim.text_changed',
      before: { quote: c.quote, statement: c.statement, anchor: c.anchor, needsRecheck: c.needsRecheck, version: c.version },
      after: { quote: set.quote, statement: set.statement ?? c.statement, anchor: set.anchor, needsRecheck: set.needsRecheck, articleVersion, ...restored, ...spans, version: set.version ?? c.version },
    };
  }
  return {
    action: 'claim.carried_over',
    before: { start: c.start, end: c.end, ...(c.quote !== set.quote ? { quote: c.quote } : {}) },
    after: { start: set.start, end: set.end, ...(c.quote !== set.quote ? { quote: set.quote } : {}), reason: plan.placement.reason, articleVersion, ...restored, ...spans, ...(set.version ? { version: set.version } : {}) },
  };
}

export function carryOverVersion(actor: Actor, articleId: string, imported: ImportedArticle, extraction: Extraction, options: CarryOverOptions = {}): VersionImported {
  const body = imported.body;
  if (!body.trim()) throw invalid([{ path: ['text'], message: 'The new version has no text.' }]);
  if (body.length > MAX_BODY_CHARS) {
    throw new AppError('too_large', `The new version is too long: the limit is ${MAX_BODY_CHARS.toLocaleString('en')} characters.`);
  }
  return getDb().transaction((tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, articleId)).get();
    if (!article) throw new AppError('not_found', 'This article does not exist (it may have been deleted).');
    requirePermission(actor, 'articles.import');
    const current = article.currentVersion;
    if (options.expectedVersion !== undefined && options.expectedVersion !== current) {
      const latest = tx
        .select({ name: users.name, at: articleVersions.createdAt })
        .from(articleVersions)
        .innerJoin(users, eq(users.id, articleVersions.importedById))
        .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, current)))
        .get();
      const who = latest ? ` by ${latest.name} at ${latest.at.toISOString().slice(11, 16)} UTC` : '';
      throw new AppError('conflict', `Version ${current} was imported${who} while you were preparing yours. Open the article again and compare before importing.`);
    }
    if (body === article.body) throw invalid([{ path: ['text'], message: `This text is the same as version ${current}; there is nothing new to import.` }]);

    const number = current + 1;
    const input = planInput(tx, articleId, current, article.body, body);
    // The plan worked out before extraction holds if nothing it read has changed since.
    const placed = options.prepared?.key === input.key && options.prepared.newBody === body ? options.prepared.placed : placeClaims(input);
    if (extraction.skipped?.length) {
      const stillCovered = overlapsAny(coveredSpans(placed));
      if (!extraction.skipped.every(([s, e]) => stillCovered(s, e))) throw new StaleExtraction();
    }
    const plan = offerNewSentences(placed, extraction.claims);

    const now = new Date();
    // Hundreds of rows of the same shape: one prepared statement each, not a query built per row.
    // Values bind as the driver stores them (db/prepared.ts: a bare placeholder stored a null as "null").
    const writeClaim = tx.update(claims).set(rawPlaceholders(CARRIED_COLUMNS)).where(eq(claims.id, sql.placeholder('id'))).prepare();
    const event = (e: Omit<NewAuditEvent, 'id' | 'createdAt' | 'actorId' | 'articleId'>) => {
      const row = { id: newId(), createdAt: now, actorId: actor.id, articleId, before: null, after: null, ...e };
      writeAuditRow(row);
      // Notifications and webhooks follow what someone must hear of; an unchanged claim's
      // bookkeeping (most rows) is summed up in the version's own event.
      if (FOLLOWED.has(row.action)) followEvent(tx, row);
    };

    for (const c of plan.claims) {
      if (Object.keys(c.set).length === 0) continue;
      const b = c.before;
      writeClaim.run(driverValues(claims, {
        id: c.id, start: b.start, end: b.end, quote: b.quote, prefix: b.prefix, suffix: b.suffix, statement: b.statement,
        anchor: b.anchor, previousQuote: b.previousQuote, needsRecheck: b.needsRecheck, seenInVersion: b.seenInVersion,
        version: b.version, attributionStart: b.attributionStart, attributionEnd: b.attributionEnd, ...c.set, updatedAt: now,
      }));
      for (const s of c.movedSpans) {
        tx.update(claimSpans).set({ start: s.start, end: s.end, quote: s.quote, prefix: s.prefix, suffix: s.suffix }).where(eq(claimSpans.id, s.id)).run();
      }
      if (c.droppedSpans.length) tx.delete(claimSpans).where(inArray(claimSpans.id, c.droppedSpans.map((s) => s.id))).run();
      for (const s of c.linkedSpans) tx.insert(claimSpans).values({ id: newId(), claimId: c.id, ...s }).run();
      event({ entityType: 'claim', entityId: c.id, ...outcomeEvent(c, number) });
    }

    // New claims take the next numbers: a number once given is never given again (lib/claims/numbering.ts).
    const offered = plan.newClaims.map((n) => n.extracted);
    const { claimRows, spanRows } = newClaimRows(articleId, body, offered, takeClaimNumbers(tx, articleId, offered.length), now);
    // One prepared single-row insert: drizzle builds a 200-row VALUES list in JS slower than SQLite runs it.
    if (claimRows.length) {
      const writeNew = tx.insert(claims).values(rawPlaceholders([...Object.keys(claimRows[0]!), 'seenInVersion']) as unknown as NewClaim).prepare();
      for (const r of claimRows) writeNew.run(driverValues(claims, { ...r, seenInVersion: number }));
    }
    for (let i = 0; i < spanRows.length; i += 500) tx.insert(claimSpans).values(spanRows.slice(i, i + 500)).run();
    const carryOver: CarryOverIds = { ...plan.carryOver, added: claimRows.map((r) => r.id) };
    for (const r of claimRows) {
      event({
        entityType: 'claim', entityId: r.id, action: 'claim.created', before: null,
        after: { number: r.number, start: r.start, end: r.end, quote: r.quote, origin: 'extracted', articleVersion: number, status: 'unchecked', version: 1 },
      });
    }

    tx.update(articleVersions).set({ claimPlaces: plan.previousPlaces })
      .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, current))).run();
    tx.insert(articleVersions).values({
      articleId, number, body, format: imported.format, fileName: imported.fileName, originalHtml: imported.originalHtml,
      sourceUrl: imported.sourceUrl, importedById: actor.id, createdAt: now, carryOver,
    }).run();
    tx.update(articles).set({
      body, currentVersion: number, format: imported.format, fileName: imported.fileName, originalHtml: imported.originalHtml,
      // Link targets and import notes describe the text on screen, so they follow the latest version.
      links: imported.links ?? [], importNotes: imported.warnings ?? [],
      // A pasted revision has no address of its own; the article keeps the one it came from.
      sourceUrl: imported.sourceUrl ?? article.sourceUrl, updatedAt: now,
    }).where(eq(articles.id, articleId)).run();
    event({
      entityType: 'article', entityId: articleId, action: 'article.version_imported',
      before: { version: current },
      after: {
        version: number, format: imported.format, fileName: imported.fileName, sourceUrl: imported.sourceUrl,
        unchanged: carryOver.unchanged.length, edited: carryOver.edited.length, removed: carryOver.removed.length, added: carryOver.added.length,
      },
    });
    // "Checked before?" for the new and reworded claims, off the request path (existing matches are kept).
    if (carryOver.added.length || carryOver.edited.length) enqueueArticleMatching(tx, articleId);
    return { articleId, version: { number, createdAt: now, importedBy: { id: actor.id, name: actor.name } }, carryOver };
  });
}
