CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL,
	`website` text DEFAULT '' NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`archived_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `companies_active_sort` ON `companies` (`sort_key`,`id`) WHERE archived_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `contact_emails` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `contact_emails_contact` ON `contact_emails` (`contact_id`,is_primary DESC,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `contact_emails_value` ON `contact_emails` (lower("value"));--> statement-breakpoint
CREATE TABLE `contact_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `contact_phones_contact` ON `contact_phones` (`contact_id`,is_primary DESC,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `contact_search_rows` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contact_search_rows_contact_id_unique` ON `contact_search_rows` (`contact_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`given_name` text DEFAULT '' NOT NULL,
	`family_name` text DEFAULT '' NOT NULL,
	`display_name` text NOT NULL,
	`is_display_name_set` integer DEFAULT false NOT NULL,
	`sort_key` text DEFAULT '' NOT NULL,
	`family_key` text DEFAULT '' NOT NULL,
	`company_id` text,
	`job_title` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`archived_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `contacts_active_sort` ON `contacts` (`sort_key`,`id`) WHERE archived_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `contacts_active_family` ON `contacts` (`family_key`,`sort_key`) WHERE archived_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `contacts_company` ON `contacts` (`company_id`);--> statement-breakpoint
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
