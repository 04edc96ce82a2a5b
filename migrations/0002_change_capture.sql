CREATE TABLE `crdt_cells` (
	`tbl` text NOT NULL,
	`row` text NOT NULL,
	`col` text NOT NULL,
	`ts` text NOT NULL,
	PRIMARY KEY(`tbl`, `row`, `col`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`tbl` text NOT NULL,
	`row` text NOT NULL,
	`col` text NOT NULL,
	`losing_value` text NOT NULL,
	`losing_ts` text NOT NULL,
	`winning_ts` text NOT NULL,
	`detected_at_ms` integer NOT NULL,
	`resolved_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `sync_conflicts_open` ON `sync_conflicts` (`resolved_at_ms`);--> statement-breakpoint
CREATE TABLE `sync_devices` (
	`device_id` text PRIMARY KEY NOT NULL,
	`applied_seq` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`user_name` text DEFAULT '' NOT NULL,
	`quarantined_reason` text,
	`last_seen_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `sync_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tbl` text NOT NULL,
	`row` text NOT NULL,
	`cells` text NOT NULL,
	`ts` text NOT NULL,
	`prev` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_pending` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message` text NOT NULL
);
