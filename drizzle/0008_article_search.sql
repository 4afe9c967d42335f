-- Articles get a full-text table of their own, with the same columns search_fts holds for
-- them (title, dek, byline and publication): a search for articles only, or the desk
-- list's title search, then reads 10,000 rows rather than picking articles out of every
-- claim and evidence row. Replaces 0004's title-only table. Rowids are search_rows ids.
DROP TABLE article_title_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, names, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO article_fts (rowid, title, body, names)
SELECT r.id, a.title, coalesce(a.dek, ''), trim(coalesce(a.byline, '') || ' ' || coalesce(a.publication, '')) FROM search_rows r JOIN articles a ON a.id = r.ref_id WHERE r.kind = 'article';
--> statement-breakpoint
DROP TRIGGER articles_archive_insert;
--> statement-breakpoint
DROP TRIGGER articles_archive_update;
--> statement-breakpoint
DROP TRIGGER articles_archive_delete;
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
