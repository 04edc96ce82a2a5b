CREATE TABLE `bulk_operations` (
	`id` text PRIMARY KEY NOT NULL,
	`action` text NOT NULL,
	`before` text NOT NULL,
	`touched_at_ms` integer NOT NULL,
	`total` integer NOT NULL,
	`changed` integer NOT NULL,
	`at_ms` integer NOT NULL,
	`undone_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `segments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`filter` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
