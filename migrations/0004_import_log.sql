CREATE TABLE `import_log` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`at_ms` integer NOT NULL,
	`created_ids` text NOT NULL,
	`updated_before` text NOT NULL,
	`created` integer NOT NULL,
	`updated` integer NOT NULL,
	`skipped` integer NOT NULL,
	`undone_at_ms` integer
);
