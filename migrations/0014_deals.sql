CREATE TABLE `deal_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text DEFAULT '' NOT NULL,
	`contact_id` text DEFAULT '' NOT NULL,
	`created_at_ms` integer DEFAULT 0 NOT NULL,
	`updated_at_ms` integer DEFAULT 0 NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `deal_contacts_deal` ON `deal_contacts` (`deal_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `deal_contacts_contact` ON `deal_contacts` (`contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `deal_stage_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text DEFAULT '' NOT NULL,
	`from_stage_id` text,
	`to_stage_id` text DEFAULT '' NOT NULL,
	`at_ms` integer DEFAULT 0 NOT NULL,
	`by_device_id` text DEFAULT '' NOT NULL,
	`by_user_name` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deal_stage_history_deal` ON `deal_stage_history` (`deal_id`,`at_ms`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`pipeline_id` text DEFAULT '' NOT NULL,
	`stage_id` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`company_id` text,
	`value_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'INR' NOT NULL,
	`expected_close_date` text,
	`probability` integer,
	`owner` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`close_reason` text DEFAULT '' NOT NULL,
	`closed_at_ms` integer,
	`created_at_ms` integer DEFAULT 0 NOT NULL,
	`updated_at_ms` integer DEFAULT 0 NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `deals_board` ON `deals` (`pipeline_id`,`stage_id`,`currency`,`value_minor`,`probability`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `deals_stage_recent` ON `deals` (`stage_id`,`updated_at_ms`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `deals_forecast_open` ON `deals` (`status`,`expected_close_date`,`pipeline_id`,`stage_id`,`currency`,`value_minor`,`probability`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `deals_forecast_closed` ON `deals` (`closed_at_ms`,`status`,`pipeline_id`,`currency`,`value_minor`,`created_at_ms`) WHERE deleted_at_ms IS NULL AND closed_at_ms IS NOT NULL;--> statement-breakpoint
CREATE INDEX `deals_company` ON `deals` (`company_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `pipelines` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer DEFAULT 0 NOT NULL,
	`updated_at_ms` integer DEFAULT 0 NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `stages` (
	`id` text PRIMARY KEY NOT NULL,
	`pipeline_id` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`probability` integer DEFAULT 0 NOT NULL,
	`kind` text DEFAULT 'open' NOT NULL,
	`created_at_ms` integer DEFAULT 0 NOT NULL,
	`updated_at_ms` integer DEFAULT 0 NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `stages_pipeline` ON `stages` (`pipeline_id`,`sort_order`) WHERE deleted_at_ms IS NULL;