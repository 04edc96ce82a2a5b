CREATE TABLE `contact_interaction_stats` (
	`contact_id` text PRIMARY KEY NOT NULL,
	`interaction_count` integer DEFAULT 0 NOT NULL,
	`last_interaction_at_ms` integer,
	`last_contacted_at_ms` integer,
	`last_attempt_at_ms` integer,
	`last_meeting_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `contact_interaction_stats_last_interaction` ON `contact_interaction_stats` (`last_interaction_at_ms`);--> statement-breakpoint
CREATE INDEX `contact_interaction_stats_last_contacted` ON `contact_interaction_stats` (`last_contacted_at_ms`);--> statement-breakpoint
CREATE TABLE `interaction_contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`interaction_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`occurred_at_ms` integer DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `interaction_contacts_timeline` ON `interaction_contacts` (`contact_id`,`occurred_at_ms`,`interaction_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `interaction_contacts_interaction` ON `interaction_contacts` (`interaction_id`);--> statement-breakpoint
CREATE TABLE `interaction_kinds` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`is_meeting` integer DEFAULT false NOT NULL,
	`counts_as_contact` integer DEFAULT true NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `interaction_outcomes` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`is_attempt` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE TABLE `interaction_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`stay_in_touch_days` integer,
	`fatigue_max` integer,
	`fatigue_days` integer,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind_id` text NOT NULL,
	`direction` text DEFAULT 'outbound' NOT NULL,
	`occurred_at_ms` integer NOT NULL,
	`duration_minutes` integer,
	`company_id` text,
	`subject` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`outcome_id` text,
	`satisfaction` integer,
	`message_id` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `interactions_company_time` ON `interactions` (`company_id`,`occurred_at_ms`,`id`) WHERE deleted_at_ms IS NULL AND company_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `interactions_message_id` ON `interactions` (`message_id`) WHERE message_id <> '';