CREATE TABLE `reminder_completions` (
	`id` text PRIMARY KEY NOT NULL,
	`reminder_id` text NOT NULL,
	`title` text NOT NULL,
	`contact_id` text,
	`company_id` text,
	`occurrence_date` text,
	`occurrence_at_ms` integer,
	`completed_at_ms` integer NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `reminder_completions_recent` ON `reminder_completions` (`completed_at_ms`,`id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `reminder_completions_contact` ON `reminder_completions` (`contact_id`,`completed_at_ms`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `reminder_completions_company` ON `reminder_completions` (`company_id`,`completed_at_ms`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`contact_id` text,
	`company_id` text,
	`due_date` text,
	`due_at_ms` integer,
	`time_zone` text DEFAULT '' NOT NULL,
	`rrule` text DEFAULT '' NOT NULL,
	`series_date` text,
	`series_at_ms` integer,
	`snoozed_until_ms` integer,
	`completed_at_ms` integer,
	`due_key_ms` integer DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `reminders_open_due` ON `reminders` (`due_key_ms`,`id`) WHERE completed_at_ms IS NULL AND deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `reminders_contact` ON `reminders` (`contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `reminders_company` ON `reminders` (`company_id`) WHERE deleted_at_ms IS NULL;