CREATE TABLE `sync_reports` (
	`mutation_id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`reported_at` text NOT NULL,
	`seen_at` text
);
--> statement-breakpoint
CREATE INDEX `sync_reports_unseen_idx` ON `sync_reports` (`seen_at`,`seq`);--> statement-breakpoint
CREATE TABLE `sync_state` (
	`id` text PRIMARY KEY NOT NULL,
	`server_url` text,
	`device_id` text,
	`credential_ref` text,
	`number_prefix` text,
	`epoch` text,
	`cursor` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'uit' NOT NULL,
	`pushed` integer DEFAULT 0 NOT NULL,
	`pulled` integer DEFAULT 0 NOT NULL,
	`last_sync_at` text,
	`last_error` text
);
--> statement-breakpoint
CREATE TABLE `sync_versions` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`server_version` integer NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
