CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`purchase_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`received_on` text NOT NULL,
	`method` text DEFAULT 'other' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `payments_purchase` ON `payments` (`purchase_id`,`received_on`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`unit_price_minor` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`tax_bp` integer DEFAULT 0 NOT NULL,
	`is_active` integer DEFAULT true NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `products_sku` ON `products` (`sku`) WHERE is_active = 1;--> statement-breakpoint
CREATE INDEX `products_name` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `purchase_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`purchase_id` text NOT NULL,
	`product_id` text,
	`description` text DEFAULT '' NOT NULL,
	`qty_milli` integer NOT NULL,
	`unit_price_minor` integer NOT NULL,
	`discount_bp` integer DEFAULT 0 NOT NULL,
	`tax_bp` integer DEFAULT 0 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`total_minor` integer DEFAULT 0 NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
--> statement-breakpoint
CREATE INDEX `purchase_lines_purchase` ON `purchase_lines` (`purchase_id`,`sort_order`) WHERE deleted_at_ms IS NULL;--> statement-breakpoint
CREATE INDEX `purchase_lines_product` ON `purchase_lines` (`product_id`) WHERE deleted_at_ms IS NULL AND product_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `purchases` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text,
	`company_id` text,
	`date` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'confirmed' NOT NULL,
	`currency` text NOT NULL,
	`payment_terms_days` integer DEFAULT 0 NOT NULL,
	`due_date` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`total_minor` integer DEFAULT 0 NOT NULL,
	`paid_minor` integer DEFAULT 0 NOT NULL,
	`paid_on` text,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `purchases_contact` ON `purchases` (`contact_id`,`date`,`status`) WHERE contact_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `purchases_company` ON `purchases` (`company_id`,`date`,`status`,`contact_id`) WHERE company_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `purchases_date` ON `purchases` (`date`);--> statement-breakpoint
CREATE INDEX `purchases_open` ON `purchases` (`due_date`,`contact_id`,`company_id`,`currency`,`total_minor`,`paid_minor`,`id`) WHERE status = 'confirmed' AND total_minor <> paid_minor;