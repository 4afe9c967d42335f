-- Every article imported before versions existed becomes version 1 of itself.
INSERT INTO `article_versions` (`article_id`, `number`, `body`, `format`, `file_name`, `original_html`, `source_url`, `imported_by_id`, `created_at`)
SELECT `id`, 1, `body`, `format`, `file_name`, `original_html`, `source_url`, `imported_by_id`, `created_at` FROM `articles`;
--> statement-breakpoint
-- The claim anchor states, enforced without rebuilding the claims table (see db/schema.ts).
CREATE TRIGGER `claims_anchor_insert_check` BEFORE INSERT ON `claims`
WHEN NEW.`anchor` NOT IN ('current', 'edited', 'removed')
BEGIN SELECT RAISE(ABORT, 'claims.anchor must be current, edited or removed'); END;
--> statement-breakpoint
CREATE TRIGGER `claims_anchor_update_check` BEFORE UPDATE OF `anchor` ON `claims`
WHEN NEW.`anchor` NOT IN ('current', 'edited', 'removed')
BEGIN SELECT RAISE(ABORT, 'claims.anchor must be current, edited or removed'); END;
