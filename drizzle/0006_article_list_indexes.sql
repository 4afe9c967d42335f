DROP INDEX `articles_imported_by_idx`;--> statement-breakpoint
DROP INDEX `articles_created_idx`;--> statement-breakpoint
DROP INDEX `articles_title_idx`;--> statement-breakpoint
CREATE INDEX `articles_list_idx` ON `articles` (`id`,`archived_at`,`created_at`,`imported_by_id`);--> statement-breakpoint
CREATE INDEX `articles_imported_by_idx` ON `articles` (`imported_by_id`,`created_at`,`id`,`archived_at`);--> statement-breakpoint
CREATE INDEX `articles_created_idx` ON `articles` (`created_at`,`id`,`archived_at`,`imported_by_id`);--> statement-breakpoint
CREATE INDEX `articles_title_idx` ON `articles` ("title" collate nocase,`id`,`archived_at`,`imported_by_id`,`created_at`);