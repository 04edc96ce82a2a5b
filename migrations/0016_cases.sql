CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`at_ms` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`status` text,
	`satisfaction` integer,
	`by_name` text DEFAULT '' NOT NULL,
	`by_device` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`,`at_ms`);--> statement-breakpoint
CREATE TABLE `case_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`priority` text NOT NULL,
	`response_minutes` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text,
	`company_id` text,
	`subject` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`opened_at_ms` integer NOT NULL,
	`first_response_at_ms` integer,
	`resolved_at_ms` integer,
	`satisfaction` integer,
	`resolution_note` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `cases_awaiting_response` ON `cases` (`priority`,`opened_at_ms`) WHERE deleted_at_ms IS NULL AND first_response_at_ms IS NULL AND status IN ('open', 'waiting');--> statement-breakpoint
CREATE INDEX `cases_contact` ON `cases` (`contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `cases_company` ON `cases` (`company_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `cases_opened` ON `cases` (`opened_at_ms`) WHERE deleted_at_ms IS NULL;