-- The archive's derived data, kept in the same transaction as every write by triggers, so
-- it holds for every code path (imports, edits, splits, merges, dismissals, deletes, new
-- versions) without the code having to remember it:
--   article_stats  claims per status for each article (the desk's list reads it, never the claims)
--   search_rows    one row per article, claim and evidence; its id is the rowid of every FTS table
--                  here (an INTEGER PRIMARY KEY, so VACUUM keeps it), and it says what a hit opens
--   search_fts     the header search: words, names and figures (porter stemming)
--   article_fts    the same columns for articles only (article searches and the list's title search)
--   checked_fts    claims with a verdict only, unstemmed, for "checked before?" (lib/matching)
-- A claim a new version removed from the text (anchor 'removed') waits for the editor and is
-- not counted in article_stats, as the board's progress does not count it.
-- Also two indexes on expressions that drizzle-kit cannot write (it splits them on commas).
CREATE INDEX articles_body_key_idx ON articles (length(body), substr(body, 1, 80));
--> statement-breakpoint
CREATE INDEX claims_queue_idx ON claims (assignee_id, (status IN ('confirmed', 'disputed', 'single_source') AND needs_recheck = 0), coalesce(due_at, 9007199254740991), article_id, start, id, needs_recheck) WHERE status <> 'dismissed';
--> statement-breakpoint
CREATE VIRTUAL TABLE search_fts USING fts5(title, body, names, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, names, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE checked_fts USING fts5(text, names, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE checked_vocab USING fts5vocab(checked_fts, 'row');
--> statement-breakpoint
INSERT INTO article_stats (article_id, unchecked, in_progress, confirmed, disputed, single_source, dismissed)
SELECT a.id, coalesce(sum(c.status = 'unchecked'), 0), coalesce(sum(c.status = 'in_progress'), 0), coalesce(sum(c.status = 'confirmed'), 0), coalesce(sum(c.status = 'disputed'), 0), coalesce(sum(c.status = 'single_source'), 0), coalesce(sum(c.status = 'dismissed'), 0) FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.anchor <> 'removed' GROUP BY a.id;
--> statement-breakpoint
INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at) SELECT 'article', id, id, NULL, created_at FROM articles ORDER BY created_at;
--> statement-breakpoint
INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at) SELECT 'claim', id, article_id, id, created_at FROM claims ORDER BY created_at;
--> statement-breakpoint
INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at) SELECT 'evidence', e.id, c.article_id, e.claim_id, e.created_at FROM evidence e JOIN claims c ON c.id = e.claim_id ORDER BY e.created_at;
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body, names)
SELECT r.id, a.title, coalesce(a.dek, ''), trim(coalesce(a.byline, '') || ' ' || coalesce(a.publication, '')) FROM search_rows r JOIN articles a ON a.id = r.ref_id WHERE r.kind = 'article';
--> statement-breakpoint
INSERT INTO article_fts (rowid, title, body, names)
SELECT r.id, a.title, coalesce(a.dek, ''), trim(coalesce(a.byline, '') || ' ' || coalesce(a.publication, '')) FROM search_rows r JOIN articles a ON a.id = r.ref_id WHERE r.kind = 'article';
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body, names)
SELECT r.id, c.statement, CASE WHEN c.quote = c.statement THEN '' ELSE c.quote END, coalesce(c.attribution_source, '') FROM search_rows r JOIN claims c ON c.id = r.ref_id WHERE r.kind = 'claim';
--> statement-breakpoint
INSERT INTO search_fts (rowid, title, body, names)
SELECT r.id, e.title, trim(coalesce(e.excerpt, '') || ' ' || coalesce(e.note, '')), e.publisher FROM search_rows r JOIN evidence e ON e.id = r.ref_id WHERE r.kind = 'evidence';
--> statement-breakpoint
INSERT INTO checked_fts (rowid, text, names)
SELECT r.id, c.statement || CASE WHEN c.quote = c.statement THEN '' ELSE ' ' || c.quote END, coalesce(c.attribution_source, '') FROM search_rows r JOIN claims c ON c.id = r.ref_id WHERE r.kind = 'claim' AND c.status IN ('confirmed', 'disputed', 'single_source');
--> statement-breakpoint
CREATE TRIGGER articles_archive_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_stats (article_id) VALUES (new.id);
  INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at) VALUES ('article', new.id, new.id, NULL, new.created_at);
  INSERT INTO search_fts (rowid, title, body, names) SELECT id, new.title, coalesce(new.dek, ''), trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, '')) FROM search_rows WHERE ref_id = new.id AND kind = 'article';
  INSERT INTO article_fts (rowid, title, body, names) SELECT id, new.title, coalesce(new.dek, ''), trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, '')) FROM search_rows WHERE ref_id = new.id AND kind = 'article';
END;
--> statement-breakpoint
CREATE TRIGGER articles_archive_update AFTER UPDATE OF title, dek, byline, publication ON articles BEGIN
  UPDATE search_fts SET title = new.title, body = coalesce(new.dek, ''), names = trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, ''))
    WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'article');
  UPDATE article_fts SET title = new.title, body = coalesce(new.dek, ''), names = trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, ''))
    WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'article');
END;
--> statement-breakpoint
CREATE TRIGGER articles_archive_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'article');
  DELETE FROM article_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'article');
  DELETE FROM search_rows WHERE ref_id = old.id AND kind = 'article';
END;
--> statement-breakpoint
CREATE TRIGGER claims_archive_insert AFTER INSERT ON claims BEGIN
  UPDATE article_stats SET unchecked = unchecked + (new.status = 'unchecked'), in_progress = in_progress + (new.status = 'in_progress'), confirmed = confirmed + (new.status = 'confirmed'), disputed = disputed + (new.status = 'disputed'), single_source = single_source + (new.status = 'single_source'), dismissed = dismissed + (new.status = 'dismissed') WHERE article_id = new.article_id AND new.anchor <> 'removed';
  INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at) VALUES ('claim', new.id, new.article_id, new.id, new.created_at);
  INSERT INTO search_fts (rowid, title, body, names)
    SELECT id, new.statement, CASE WHEN new.quote = new.statement THEN '' ELSE new.quote END, coalesce(new.attribution_source, '') FROM search_rows WHERE ref_id = new.id AND kind = 'claim';
  INSERT INTO checked_fts (rowid, text, names)
    SELECT id, new.statement || CASE WHEN new.quote = new.statement THEN '' ELSE ' ' || new.quote END, coalesce(new.attribution_source, '') FROM search_rows WHERE ref_id = new.id AND kind = 'claim' AND new.status IN ('confirmed', 'disputed', 'single_source');
END;
--> statement-breakpoint
CREATE TRIGGER claims_archive_status AFTER UPDATE OF status, article_id, anchor ON claims
WHEN old.status IS NOT new.status OR old.article_id IS NOT new.article_id OR (old.anchor = 'removed') IS NOT (new.anchor = 'removed') BEGIN
  UPDATE article_stats SET unchecked = unchecked - (old.status = 'unchecked'), in_progress = in_progress - (old.status = 'in_progress'), confirmed = confirmed - (old.status = 'confirmed'), disputed = disputed - (old.status = 'disputed'), single_source = single_source - (old.status = 'single_source'), dismissed = dismissed - (old.status = 'dismissed') WHERE article_id = old.article_id AND old.anchor <> 'removed';
  UPDATE article_stats SET unchecked = unchecked + (new.status = 'unchecked'), in_progress = in_progress + (new.status = 'in_progress'), confirmed = confirmed + (new.status = 'confirmed'), disputed = disputed + (new.status = 'disputed'), single_source = single_source + (new.status = 'single_source'), dismissed = dismissed + (new.status = 'dismissed') WHERE article_id = new.article_id AND new.anchor <> 'removed';
  UPDATE search_rows SET article_id = new.article_id WHERE claim_id = new.id AND old.article_id IS NOT new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER claims_archive_text AFTER UPDATE OF statement, quote, attribution_source ON claims
WHEN old.statement IS NOT new.statement OR old.quote IS NOT new.quote OR old.attribution_source IS NOT new.attribution_source BEGIN
  UPDATE search_fts SET title = new.statement, body = CASE WHEN new.quote = new.statement THEN '' ELSE new.quote END, names = coalesce(new.attribution_source, '')
    WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'claim');
END;
--> statement-breakpoint
CREATE TRIGGER claims_archive_checked AFTER UPDATE OF status, statement, quote, attribution_source ON claims
WHEN old.status IS NOT new.status OR old.statement IS NOT new.statement OR old.quote IS NOT new.quote OR old.attribution_source IS NOT new.attribution_source BEGIN
  DELETE FROM checked_fts WHERE old.status IN ('confirmed', 'disputed', 'single_source') AND rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'claim');
  INSERT INTO checked_fts (rowid, text, names)
    SELECT id, new.statement || CASE WHEN new.quote = new.statement THEN '' ELSE ' ' || new.quote END, coalesce(new.attribution_source, '') FROM search_rows WHERE ref_id = new.id AND kind = 'claim' AND new.status IN ('confirmed', 'disputed', 'single_source');
END;
--> statement-breakpoint
CREATE TRIGGER claims_archive_delete AFTER DELETE ON claims BEGIN
  UPDATE article_stats SET unchecked = unchecked - (old.status = 'unchecked'), in_progress = in_progress - (old.status = 'in_progress'), confirmed = confirmed - (old.status = 'confirmed'), disputed = disputed - (old.status = 'disputed'), single_source = single_source - (old.status = 'single_source'), dismissed = dismissed - (old.status = 'dismissed') WHERE article_id = old.article_id AND old.anchor <> 'removed';
  DELETE FROM checked_fts WHERE old.status IN ('confirmed', 'disputed', 'single_source') AND rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'claim');
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'claim');
  DELETE FROM search_rows WHERE ref_id = old.id AND kind = 'claim';
END;
--> statement-breakpoint
CREATE TRIGGER evidence_archive_insert AFTER INSERT ON evidence BEGIN
  INSERT INTO search_rows (kind, ref_id, article_id, claim_id, created_at)
    SELECT 'evidence', new.id, c.article_id, new.claim_id, new.created_at FROM claims c WHERE c.id = new.claim_id;
  INSERT INTO search_fts (rowid, title, body, names)
    SELECT id, new.title, trim(coalesce(new.excerpt, '') || ' ' || coalesce(new.note, '')), new.publisher FROM search_rows WHERE ref_id = new.id AND kind = 'evidence';
END;
--> statement-breakpoint
CREATE TRIGGER evidence_archive_move AFTER UPDATE OF claim_id ON evidence WHEN old.claim_id IS NOT new.claim_id BEGIN
  UPDATE search_rows SET claim_id = new.claim_id, article_id = (SELECT article_id FROM claims WHERE id = new.claim_id)
    WHERE ref_id = new.id AND kind = 'evidence';
END;
--> statement-breakpoint
CREATE TRIGGER evidence_archive_text AFTER UPDATE OF title, excerpt, note, publisher ON evidence BEGIN
  UPDATE search_fts SET title = new.title, body = trim(coalesce(new.excerpt, '') || ' ' || coalesce(new.note, '')), names = new.publisher
    WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'evidence');
END;
--> statement-breakpoint
CREATE TRIGGER evidence_archive_delete AFTER DELETE ON evidence BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'evidence');
  DELETE FROM search_rows WHERE ref_id = old.id AND kind = 'evidence';
END;
