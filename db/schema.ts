// Every table of Claimdesk, then relations, then the inferred row types.
// SQL names are snake_case, TypeScript keys camelCase; ids are generated in code.
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export const CLAIM_STATUSES = ['unchecked', 'in_progress', 'confirmed', 'disputed', 'single_source', 'dismissed'] as const;
export const CLAIM_KINDS = ['statistic', 'quote', 'event', 'forecast', 'other'] as const;
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const ARTICLE_FORMATS = ['text', 'markdown', 'html', 'docx', 'url'] as const;
export const CLAIM_ORIGINS = ['extracted', 'manual', 'split'] as const;
/** Where a claim stands in the article's latest version (lib/versions). */
export const CLAIM_ANCHORS = ['current', 'edited', 'removed'] as const;

export type Role = (typeof ROLES)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type ClaimAnchor = (typeof CLAIM_ANCHORS)[number];
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date());

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    check('users_role_check', sql`${t.role} in (${inList(ROLES)})`),
  ],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/**
 * One row per sign-in. The session cookie carries the id; every request checks the row, so
 * signing out, disabling the account or changing its password ends the session at once.
 * Only a SHA-256 of the id is stored.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    /** Why it ended: signed_out, signed_out_everywhere, password_changed, account_disabled. */
    endedReason: text('ended_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId, t.endedAt)],
);

/** Failed sign-ins per account and per address, so guessing passwords gets slow. */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: integer('window_started_at', { mode: 'timestamp_ms' }).notNull(),
  lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
});

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    dek: text('dek'),
    byline: text('byline'),
    publication: text('publication'),
    sourceUrl: text('source_url'),
    publishedAt: text('published_at'),
    /** Canonical plain text; every claim offset counts UTF-16 code units into it. */
    body: text('body').notNull(),
    format: text('format', { enum: ARTICLE_FORMATS }).notNull(),
    fileName: text('file_name'),
    originalHtml: text('original_html'),
    /** Link targets of the original ({ start, end, url }, http and https only), as offsets into the body. */
    links: text('links', { mode: 'json' }).$type<{ start: number; end: number; url: string }[]>().notNull().default(sql`'[]'`),
    /** What the import asks the editor to check ("Only 240 characters of article text were found…"). */
    importNotes: text('import_notes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    importedById: text('imported_by_id').notNull().references(() => users.id),
    /** The highest claim number ever given in this article, so a number is never given twice (lib/claims/numbering.ts). */
    lastClaimNumber: integer('last_claim_number').notNull().default(0),
    /** The number of the latest version, whose text `body` holds (article_versions keeps every one). */
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
    /** Set when an editor takes the article off the desk's list; it stays searchable and readable. */
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // The list's orders (newest, title) and its filters each walk an index that also holds
    // every column the list filters on, so choosing a page never reads an article's row:
    // created_at, imported_by_id and archived_at sit after the body, behind its overflow pages.
    index('articles_imported_by_idx').on(t.importedById, t.createdAt, t.id, t.archivedAt),
    index('articles_created_idx').on(t.createdAt, t.id, t.archivedAt, t.importedById),
    index('articles_title_idx').on(sql`${t.title} collate nocase`, t.id, t.archivedAt, t.importedById, t.createdAt),
    index('articles_list_idx').on(t.id, t.archivedAt, t.createdAt, t.importedById),
    index('articles_source_url_idx').on(t.sourceUrl),
    // articles_body_key_idx (length and opening of the body, for finding the same text
    // imported twice) is in the archive_triggers migration: drizzle-kit cannot write it.
    check('articles_format_check', sql`${t.format} in (${inList(ARTICLE_FORMATS)})`),
  ],
);

/**
 * Claims per status for each article, kept by triggers (drizzle/*_archive_triggers.sql) in
 * the same transaction as every insert, delete or status change of a claim, whatever code
 * made it, so the desk's list never counts a million rows.
 */
export const articleStats = sqliteTable(
  'article_stats',
  {
    articleId: text('article_id').primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
    unchecked: integer('unchecked').notNull().default(0),
    inProgress: integer('in_progress').notNull().default(0),
    confirmed: integer('confirmed').notNull().default(0),
    disputed: integer('disputed').notNull().default(0),
    singleSource: integer('single_source').notNull().default(0),
    dismissed: integer('dismissed').notNull().default(0),
  },
  (t) => [index('article_stats_open_idx').on(sql`${t.unchecked} + ${t.inProgress}`, t.articleId)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    /**
     * "Claim 6" in comments, exports and conversation: unique in its article, given once in the
     * creating transaction and never changed or reused (lib/claims/numbering.ts). The default only
     * lets the column be added to existing rows; the unique index refuses a claim saved without one.
     */
    number: integer('number').notNull().default(0),
    /** The claim's main span [start, end) in the article body, with TextQuoteSelector context. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    prefix: text('prefix').notNull().default(''),
    suffix: text('suffix').notNull().default(''),
    statement: text('statement').notNull(),
    attributionSource: text('attribution_source'),
    attributionStart: integer('attribution_start'),
    attributionEnd: integer('attribution_end'),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull().default('other'),
    score: real('score').notNull().default(0),
    /** Why the extractor scored the claim high, in a few words (JSON array of strings: "a figure", "a date"). */
    scoreReasons: text('score_reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unchecked'),
    origin: text('origin', { enum: CLAIM_ORIGINS }).notNull().default('extracted'),
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: integer('due_at', { mode: 'timestamp_ms' }),
    /** Bumped on every change; a write that carries an older version is refused. */
    version: integer('version').notNull().default(1),
    /**
     * Where the claim stands in the latest version: `current`; `edited` (its words changed
     * since it was checked; `previousQuote` holds them); `removed` (its passage is gone:
     * start, end, quote and spans then still describe version `seenInVersion`, the last
     * one it was in). Checked by triggers (custom migration `article_versions_backfill`):
     * a CHECK would mean rebuilding the claims table, and inside the migration's transaction
     * foreign keys stay on, so dropping the old table would cascade into evidence and comments.
     */
    anchor: text('anchor', { enum: CLAIM_ANCHORS }).notNull().default('current'),
    previousQuote: text('previous_quote'),
    /** The last version whose text held the claim: for a removed claim, the one its offsets count into. */
    seenInVersion: integer('seen_in_version').notNull().default(1),
    /** The text changed after a reviewer worked on it; cleared when someone sets a status again. */
    needsRecheck: integer('needs_recheck', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    index('claims_article_idx').on(t.articleId, t.start),
    uniqueIndex('claims_article_number_unique').on(t.articleId, t.number),
    index('claims_assignee_idx').on(t.assigneeId, t.dueAt),
    // Overdue counts per article: open claims past their due time, read from the index alone.
    index('claims_article_status_idx').on(t.articleId, t.status, t.dueAt),
    // claims_queue_idx (the reviewer's queue in its exact order) is in the archive_triggers
    // migration: drizzle-kit cannot write an index on expressions with commas.
    check('claims_status_check', sql`${t.status} in (${inList(CLAIM_STATUSES)})`),
    check('claims_kind_check', sql`${t.kind} in (${inList(CLAIM_KINDS)})`),
    check('claims_origin_check', sql`${t.origin} in (${inList(CLAIM_ORIGINS)})`),
    check('claims_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
    check('claims_score_check', sql`${t.score} >= 0 and ${t.score} <= 1`),
  ],
);

/**
 * Every text an article has had, numbered 1, 2, 3… The latest is also `articles.body`.
 * `carryOver` says what the import of this version did to the claims (null for the first);
 * `claimPlaces` records where each claim stood in this version, written when the next
 * version replaces it (the latest version's places are the claims' own offsets).
 */
export const articleVersions = sqliteTable(
  'article_versions',
  {
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    body: text('body').notNull(),
    format: text('format', { enum: ARTICLE_FORMATS }).notNull(),
    fileName: text('file_name'),
    originalHtml: text('original_html'),
    sourceUrl: text('source_url'),
    importedById: text('imported_by_id').notNull().references(() => users.id),
    createdAt: createdAt(),
    carryOver: text('carry_over', { mode: 'json' }).$type<CarryOverIds | null>(),
    claimPlaces: text('claim_places', { mode: 'json' }).$type<ClaimPlace[] | null>(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.number] }),
    index('article_versions_imported_by_idx').on(t.importedById),
    check('article_versions_number_check', sql`${t.number} >= 1`),
    check('article_versions_format_check', sql`${t.format} in (${inList(ARTICLE_FORMATS)})`),
  ],
);

export interface CarryOverIds {
  unchanged: string[];
  edited: string[];
  removed: string[];
  added: string[];
}

export interface ClaimPlace {
  id: string;
  start: number;
  end: number;
  spans: [number, number][];
  status: ClaimStatus;
}

/** Further places in the body that state the same claim (headline, dek, a repeated caption). */
export const claimSpans = sqliteTable(
  'claim_spans',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    quote: text('quote').notNull(),
    prefix: text('prefix').notNull().default(''),
    suffix: text('suffix').notNull().default(''),
  },
  (t) => [
    index('claim_spans_claim_idx').on(t.claimId),
    check('claim_spans_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    stance: text('stance', { enum: STANCES }).notNull(),
    excerpt: text('excerpt'),
    note: text('note'),
    archiveUrl: text('archive_url'),
    addedById: text('added_by_id').notNull().references(() => users.id),
    /** The evidence this row was copied from when an earlier verdict was reused (no FK: the original may go). */
    reusedFromId: text('reused_from_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('evidence_claim_idx').on(t.claimId),
    index('evidence_added_by_idx').on(t.addedById),
    check('evidence_stance_check', sql`${t.stance} in (${inList(STANCES)})`),
  ],
);

export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id, { onDelete: 'cascade' }),
    authorId: text('author_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('comments_claim_idx').on(t.claimId), index('comments_author_idx').on(t.authorId)],
);

/** Who changed what, when: claim history and the desk report are read from these. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    actorId: text('actor_id').references(() => users.id),
    articleId: text('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', { enum: ['article', 'claim', 'evidence', 'comment', 'user', 'api_token'] }).notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.createdAt),
    index('audit_events_article_idx').on(t.articleId, t.createdAt),
    index('audit_events_actor_idx').on(t.actorId),
  ],
);

export const SEARCH_KINDS = ['article', 'claim', 'evidence'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One row per searchable thing. Its integer id is the rowid of the full-text rows
 * (search_fts, checked_fts, created in a custom migration), so they survive VACUUM, and
 * its claim and article say what a hit opens. Triggers keep it in step with the sources.
 */
export const searchRows = sqliteTable(
  'search_rows',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: SEARCH_KINDS }).notNull(),
    refId: text('ref_id').notNull(),
    articleId: text('article_id').notNull(),
    /** The claim a hit opens: the claim itself, or the claim evidence is attached to; null for articles. */
    claimId: text('claim_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('search_rows_ref_idx').on(t.refId, t.kind),
    index('search_rows_claim_idx').on(t.claimId),
    // A date filter becomes a range of ids (the FTS rowids), so a search walks only that range.
    index('search_rows_created_idx').on(t.createdAt, t.id),
    check('search_rows_kind_check', sql`${t.kind} in (${inList(SEARCH_KINDS)})`),
  ],
);

export const MATCH_STATES = ['suggested', 'reused', 'dismissed'] as const;
export type MatchState = (typeof MATCH_STATES)[number];

/** "Checked before?": an earlier claim with a verdict that states the same thing, and what the desk did about it. */
export const claimMatches = sqliteTable(
  'claim_matches',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id, { onDelete: 'cascade' }),
    articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    matchClaimId: text('match_claim_id').notNull().references(() => claims.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    state: text('state', { enum: MATCH_STATES }).notNull().default('suggested'),
    decidedById: text('decided_by_id').references(() => users.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('claim_matches_pair_idx').on(t.claimId, t.matchClaimId),
    index('claim_matches_match_idx').on(t.matchClaimId),
    index('claim_matches_article_idx').on(t.articleId, t.state),
    index('claim_matches_decided_by_idx').on(t.decidedById),
    check('claim_matches_state_check', sql`${t.state} in (${inList(MATCH_STATES)})`),
  ],
);

/**
 * How many checked claims contain each word, copied from checked_fts's vocabulary by a
 * background job (lib/matching/word-stats-job.ts): fts5vocab counts a word by walking its
 * postings, far too slow for a common word on a request; this is a primary-key read.
 */
export const checkedWords = sqliteTable('checked_words', {
  term: text('term').primaryKey(),
  docs: integer('docs').notNull(),
  refreshedAt: integer('refreshed_at', { mode: 'timestamp_ms' }).notNull(),
});

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Background work (lib/jobs): written in the same transaction as the change that causes
 * it, run by the server's in-process runner, retried, and picked up again after a crash.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    /** What the job is about ("article:ID"), so a page can show its progress. */
    subject: text('subject'),
    /** At most one queued job per key: enqueueing it again while one waits does nothing. A
     *  running job does not count, so new work arriving meanwhile gets a run of its own. */
    dedupeKey: text('dedupe_key'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: integer('run_at', { mode: 'timestamp_ms' }).notNull(),
    /** A running job's lease: past it, the runner that held it is presumed dead and the job runs again. */
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    result: text('result', { mode: 'json' }).$type<unknown>(),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().$defaultFn(() => new Date()),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    index('jobs_subject_idx').on(t.subject, t.createdAt),
    uniqueIndex('jobs_dedupe_idx').on(t.dedupeKey).where(sql`${t.status} = 'queued'`),
    check('jobs_status_check', sql`${t.status} in (${inList(JOB_STATUSES)})`),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  apiTokens: many(apiTokens),
  sessions: many(sessions),
  assignedClaims: many(claims),
}));
export const apiTokensRelations = relations(apiTokens, ({ one }) => ({
  user: one(users, { fields: [apiTokens.userId], references: [users.id] }),
}));
export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));
export const articlesRelations = relations(articles, ({ one, many }) => ({
  importedBy: one(users, { fields: [articles.importedById], references: [users.id] }),
  claims: many(claims),
  versions: many(articleVersions),
}));
export const articleVersionsRelations = relations(articleVersions, ({ one }) => ({
  article: one(articles, { fields: [articleVersions.articleId], references: [articles.id] }),
  importedBy: one(users, { fields: [articleVersions.importedById], references: [users.id] }),
}));
export const claimsRelations = relations(claims, ({ one, many }) => ({
  article: one(articles, { fields: [claims.articleId], references: [articles.id] }),
  assignee: one(users, { fields: [claims.assigneeId], references: [users.id] }),
  spans: many(claimSpans),
  evidence: many(evidence),
  comments: many(comments),
}));
export const claimSpansRelations = relations(claimSpans, ({ one }) => ({
  claim: one(claims, { fields: [claimSpans.claimId], references: [claims.id] }),
}));
export const evidenceRelations = relations(evidence, ({ one }) => ({
  claim: one(claims, { fields: [evidence.claimId], references: [claims.id] }),
  addedBy: one(users, { fields: [evidence.addedById], references: [users.id] }),
}));
export const commentsRelations = relations(comments, ({ one }) => ({
  claim: one(claims, { fields: [comments.claimId], references: [claims.id] }),
  author: one(users, { fields: [comments.authorId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type ApiToken = typeof apiTokens.$inferSelect;
export type NewApiToken = typeof apiTokens.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleVersion = typeof articleVersions.$inferSelect;
export type NewArticleVersion = typeof articleVersions.$inferInsert;
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type ClaimSpan = typeof claimSpans.$inferSelect;
export type NewClaimSpan = typeof claimSpans.$inferInsert;
export type Evidence = typeof evidence.$inferSelect;
export type NewEvidence = typeof evidence.$inferInsert;
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
export type ArticleStats = typeof articleStats.$inferSelect;
export type CheckedWord = typeof checkedWords.$inferSelect;
export type SearchRow = typeof searchRows.$inferSelect;
export type ClaimMatch = typeof claimMatches.$inferSelect;
export type NewClaimMatch = typeof claimMatches.$inferInsert;
export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
