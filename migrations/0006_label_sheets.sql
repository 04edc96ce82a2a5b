CREATE TABLE `label_sheets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`page_width_mm` real NOT NULL,
	`page_height_mm` real NOT NULL,
	`label_width_mm` real NOT NULL,
	`label_height_mm` real NOT NULL,
	`left_mm` real NOT NULL,
	`top_mm` real NOT NULL,
	`h_pitch_mm` real NOT NULL,
	`v_pitch_mm` real NOT NULL,
	`columns` integer NOT NULL,
	`rows` integer NOT NULL,
	`created_at_ms` integer NOT NULL,
	`updated_at_ms` integer NOT NULL,
	`deleted_at_ms` integer
);
