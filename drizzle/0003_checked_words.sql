CREATE TABLE `checked_words` (
	`term` text PRIMARY KEY NOT NULL,
	`docs` integer NOT NULL,
	`refreshed_at` integer NOT NULL
);
