ALTER TABLE `articles` ADD `links` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `import_notes` text DEFAULT '[]' NOT NULL;