CREATE TABLE `duplicate_dismissals` (
	`pair` text PRIMARY KEY NOT NULL,
	`at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `merge_log` (
	`id` text PRIMARY KEY NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_ids` text NOT NULL,
	`survivor_before` text NOT NULL,
	`at_ms` integer NOT NULL,
	`undone_at_ms` integer
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `merged_into` text;