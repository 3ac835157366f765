CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`dossier_kind` text NOT NULL,
	`dossier_id` text NOT NULL,
	`type_key` text NOT NULL,
	`title` text NOT NULL,
	`addressee_name` text NOT NULL,
	`data` text NOT NULL,
	`model` text NOT NULL,
	`status` text NOT NULL,
	`sent_via` text,
	`sent_at` text,
	`doc_version` integer DEFAULT 1 NOT NULL,
	`supersedes_id` text,
	`file_path` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_dossier_idx` ON `documents` (`dossier_kind`,`dossier_id`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`dossier_kind` text,
	`dossier_id` text,
	`to_address` text NOT NULL,
	`to_name` text,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`attachments` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_error` text,
	`sent_at` text,
	`message_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_dossier_idx` ON `mail_outbox` (`dossier_kind`,`dossier_id`);--> statement-breakpoint
CREATE TABLE `mail_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`host` text,
	`port` integer,
	`security` text DEFAULT 'starttls' NOT NULL,
	`username` text,
	`password` text,
	`from_address` text,
	`from_name` text,
	`enabled` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE `organisation` ADD `logo_data_url` text;