-- Article titles get their own FTS5 table: in search_fts the title column also holds
-- every claim's statement, so "articles whose title has these words" had to sift through
-- claims. Rowids are search_rows ids, as for the other FTS tables; the article triggers
-- from 0002 are replaced by ones that keep this table too.
CREATE VIRTUAL TABLE article_title_fts USING fts5(title, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO article_title_fts (rowid, title)
SELECT r.id, a.title FROM search_rows r JOIN articles a ON a.id = r.ref_id WHERE r.kind = 'article';
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
  INSERT INTO search_fts (rowid, title, body, names)
    SELECT id, new.title, coalesce(new.dek, ''), trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, '')) FROM search_rows WHERE ref_id = new.id AND kind = 'article';
  INSERT INTO article_title_fts (rowid, title) SELECT id, new.title FROM search_rows WHERE ref_id = new.id AND kind = 'article';
END;
--> statement-breakpoint
CREATE TRIGGER articles_archive_update AFTER UPDATE OF title, dek, byline, publication ON articles BEGIN
  UPDATE search_fts SET title = new.title, body = coalesce(new.dek, ''), names = trim(coalesce(new.byline, '') || ' ' || coalesce(new.publication, ''))
    WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'article');
  UPDATE article_title_fts SET title = new.title WHERE new.title IS NOT old.title AND rowid = (SELECT id FROM search_rows WHERE ref_id = new.id AND kind = 'article');
END;
--> statement-breakpoint
CREATE TRIGGER articles_archive_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'article');
  DELETE FROM article_title_fts WHERE rowid = (SELECT id FROM search_rows WHERE ref_id = old.id AND kind = 'article');
  DELETE FROM search_rows WHERE ref_id = old.id AND kind = 'article';
END;
