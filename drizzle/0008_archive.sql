CREATE TABLE `article_stats` (
	`article_id` text PRIMARY KEY NOT NULL,
	`unchecked` integer DEFAULT 0 NOT NULL,
	`in_progress` integer DEFAULT 0 NOT NULL,
	`confirmed` integer DEFAULT 0 NOT NULL,
	`disputed` integer DEFAULT 0 NOT NULL,
	`single_source` integer DEFAULT 0 NOT NULL,
	`dismissed` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_stats_open_idx` ON `article_stats` ("unchecked" + "in_progress",`article_id`);--> statement-breakpoint
CREATE TABLE `checked_words` (
	`term` text PRIMARY KEY NOT NULL,
	`docs` integer NOT NULL,
	`refreshed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `claim_matches` (
	`id` text PRIMARY KEY NOT NULL,
	`claim_id` text NOT NULL,
	`article_id` text NOT NULL,
	`match_claim_id` text NOT NULL,
	`score` real NOT NULL,
	`state` text DEFAULT 'suggested' NOT NULL,
	`decided_by_id` text,
	`decided_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`match_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_matches_state_check" CHECK("claim_matches"."state" in ('suggested', 'reused', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_matches_pair_idx` ON `claim_matches` (`claim_id`,`match_claim_id`);--> statement-breakpoint
CREATE INDEX `claim_matches_match_idx` ON `claim_matches` (`match_claim_id`);--> statement-breakpoint
CREATE INDEX `claim_matches_article_idx` ON `claim_matches` (`article_id`,`state`);--> statement-breakpoint
CREATE INDEX `claim_matches_decided_by_idx` ON `claim_matches` (`decided_by_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`subject` text,
	`dedupe_key` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 5 NOT NULL,
	`run_at` integer NOT NULL,
	`locked_until` integer,
	`progress_done` integer DEFAULT 0 NOT NULL,
	`progress_total` integer DEFAULT 0 NOT NULL,
	`result` text,
	`error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	CONSTRAINT "jobs_status_check" CHECK("jobs"."status" in ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `jobs_due_idx` ON `jobs` (`status`,`run_at`);--> statement-breakpoint
CREATE INDEX `jobs_subject_idx` ON `jobs` (`subject`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_dedupe_idx` ON `jobs` (`dedupe_key`) WHERE "jobs"."status" = 'queued';--> statement-breakpoint
CREATE TABLE `search_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL,
	`article_id` text NOT NULL,
	`claim_id` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "search_rows_kind_check" CHECK("search_rows"."kind" in ('article', 'claim', 'evidence'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_rows_ref_idx` ON `search_rows` (`ref_id`,`kind`);--> statement-breakpoint
CREATE INDEX `search_rows_claim_idx` ON `search_rows` (`claim_id`);--> statement-breakpoint
CREATE INDEX `search_rows_created_idx` ON `search_rows` (`created_at`,`id`);--> statement-breakpoint
DROP INDEX `articles_imported_by_idx`;--> statement-breakpoint
ALTER TABLE `articles` ADD `archived_at` integer;--> statement-breakpoint
CREATE INDEX `articles_created_idx` ON `articles` (`created_at`,`id`,`archived_at`,`imported_by_id`);--> statement-breakpoint
CREATE INDEX `articles_title_idx` ON `articles` ("title" collate nocase,`id`,`archived_at`,`imported_by_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `articles_list_idx` ON `articles` (`id`,`archived_at`,`created_at`,`imported_by_id`);--> statement-breakpoint
CREATE INDEX `articles_source_url_idx` ON `articles` (`source_url`);--> statement-breakpoint
CREATE INDEX `articles_imported_by_idx` ON `articles` (`imported_by_id`,`created_at`,`id`,`archived_at`);--> statement-breakpoint
ALTER TABLE `evidence` ADD `reused_from_id` text;--> statement-breakpoint
CREATE INDEX `claims_article_status_idx` ON `claims` (`article_id`,`status`,`due_at`);