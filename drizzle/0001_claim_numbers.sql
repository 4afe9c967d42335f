ALTER TABLE `articles` ADD `last_claim_number` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `number` integer DEFAULT 0 NOT NULL;