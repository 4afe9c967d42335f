CREATE TABLE `article_versions` (
	`article_id` text NOT NULL,
	`number` integer NOT NULL,
	`body` text NOT NULL,
	`format` text NOT NULL,
	`file_name` text,
	`original_html` text,
	`source_url` text,
	`imported_by_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`carry_over` text,
	`claim_places` text,
	PRIMARY KEY(`article_id`, `number`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "article_versions_number_check" CHECK("article_versions"."number" >= 1),
	CONSTRAINT "article_versions_format_check" CHECK("article_versions"."format" in ('text', 'markdown', 'html', 'docx', 'url'))
);
--> statement-breakpoint
CREATE INDEX `article_versions_imported_by_idx` ON `article_versions` (`imported_by_id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `current_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `anchor` text DEFAULT 'current' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `previous_quote` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `seen_in_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `needs_recheck` integer DEFAULT false NOT NULL;