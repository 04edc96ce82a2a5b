CREATE TABLE `company_addresses` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`street` text DEFAULT '' NOT NULL,
	`locality` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`postal_code` text DEFAULT '' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `company_addresses_company` ON `company_addresses` (`company_id`,is_primary DESC,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `company_emails` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `company_emails_company` ON `company_emails` (`company_id`,is_primary DESC,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `company_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`is_primary` integer DEFAULT false NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer,
	`e164` text
);
--> statement-breakpoint
CREATE INDEX `company_phones_company` ON `company_phones` (`company_id`,is_primary DESC,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `company_tags` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`tag_id` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `company_tags_company` ON `company_tags` (`company_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `company_tags_tag` ON `company_tags` (`tag_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`from_contact_id` text NOT NULL,
	`to_contact_id` text NOT NULL,
	`kind` text NOT NULL,
	`custom_label` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `relationships_from` ON `relationships` (`from_contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `relationships_to` ON `relationships` (`to_contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `custom_field_values` (
	`id` text PRIMARY KEY NOT NULL,
	`field_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`value` text NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `custom_field_values_contact` ON `custom_field_values` (`contact_id`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `custom_field_values_field` ON `custom_field_values` (`field_id`,`value`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `custom_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`sort_order` real DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
ALTER TABLE `companies` ADD `domain` text DEFAULT '' NOT NULL;