CREATE TABLE `complaint_appeals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`complaint_id` text NOT NULL,
	`received_on` text NOT NULL,
	`grounds` text NOT NULL,
	`late` integer NOT NULL,
	`admitted` integer,
	`admission_reason` text,
	`admission_decided_by` text,
	`status` text NOT NULL,
	`hearing_kind` text,
	`hearing_at` text,
	`hearing_held_on` text,
	`hearing_participants` text,
	`hearing_report` text,
	`decision_due` text NOT NULL,
	`decision` text,
	`decision_reasons` text,
	`decision_measures` text,
	`decided_by` text,
	`decided_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaint_appeals_complaint_unique` ON `complaint_appeals` (`complaint_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `complaint_appeals_status_idx` ON `complaint_appeals` (`status`);--> statement-breakpoint
CREATE TABLE `complaint_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`complaint_id` text NOT NULL,
	`called_at` text NOT NULL,
	`called_by` text NOT NULL,
	`caller_role` text NOT NULL,
	`reached` integer NOT NULL,
	`outcome` text NOT NULL,
	`resolved_by_phone` integer DEFAULT false NOT NULL,
	`agreements` text,
	`confirmation_wanted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `complaint_calls_complaint_idx` ON `complaint_calls` (`complaint_id`);--> statement-breakpoint
CREATE TABLE `complaint_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`complaint_id` text NOT NULL,
	`at` text NOT NULL,
	`by` text,
	`step` text NOT NULL,
	`text` text NOT NULL,
	`document_id` text
);
--> statement-breakpoint
CREATE INDEX `complaint_steps_complaint_idx` ON `complaint_steps` (`complaint_id`,`at`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`dossier_number` text NOT NULL,
	`kind` text NOT NULL,
	`reporter_type` text NOT NULL,
	`channel` text NOT NULL,
	`received_at` text NOT NULL,
	`received_on` text NOT NULL,
	`complainant_id` text NOT NULL,
	`concerns_kind` text NOT NULL,
	`concerns_team_id` text,
	`concerns_staff_id` text,
	`concerns_provider_id` text,
	`concerns_person_id` text,
	`description` text NOT NULL,
	`requested_remedy` text,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`forwarded_at` text,
	`forwarded_team_id` text,
	`forwarded_staff_id` text,
	`manager_id` text,
	`owner_id` text,
	`answer_summary` text,
	`answer_solution` text,
	`answer_document_id` text,
	`answer_approved_by` text,
	`answer_approved_at` text,
	`answer_sent_on` text,
	`appeal_window_ends` text,
	`resolution` text,
	`resolution_text` text,
	`closed_at` text,
	`closed_on` text,
	`category_id` text,
	`cause_id` text,
	`measure_id` text,
	`main_complaint_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_number_unique` ON `complaints` (`dossier_number`);--> statement-breakpoint
CREATE INDEX `complaints_received_idx` ON `complaints` (`received_on`);--> statement-breakpoint
CREATE INDEX `complaints_complainant_idx` ON `complaints` (`complainant_id`);--> statement-breakpoint
CREATE INDEX `complaints_status_idx` ON `complaints` (`status`,`received_on`);--> statement-breakpoint
CREATE INDEX `complaints_provider_idx` ON `complaints` (`concerns_provider_id`);--> statement-breakpoint
CREATE INDEX `complaints_main_idx` ON `complaints` (`main_complaint_id`);--> statement-breakpoint
CREATE TABLE `dossier_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`complaint_id` text NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`paid` integer,
	`file_name` text,
	`content_type` text,
	`file_path` text,
	`sha256` text,
	`byte_size` integer
);
--> statement-breakpoint
CREATE INDEX `dossier_items_complaint_idx` ON `dossier_items` (`complaint_id`);--> statement-breakpoint
CREATE TABLE `improvement_options` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`list` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `improvement_options_unique` ON `improvement_options` (`list`,`name`);--> statement-breakpoint
CREATE TABLE `mediations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`complaint_id` text NOT NULL,
	`direction` text NOT NULL,
	`provider_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`advice_given_on` text,
	`advice_note` text,
	`conditions` text,
	`conditions_checked_on` text,
	`status` text NOT NULL,
	`response_requested_on` text,
	`response_due` text,
	`response_received_on` text,
	`response` text,
	`outcome` text,
	`outcome_note` text,
	`outcome_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediations_complaint_unique` ON `mediations` (`complaint_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `mediations_provider_idx` ON `mediations` (`provider_id`);--> statement-breakpoint
CREATE TABLE `office_closing_days` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`day` text NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `office_closing_days_day_unique` ON `office_closing_days` (`day`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `procedure_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`liberation_day_off` integer DEFAULT false NOT NULL,
	`good_friday_off` integer DEFAULT false NOT NULL,
	`office_opens` text DEFAULT '08:00' NOT NULL,
	`office_closes` text DEFAULT '17:30' NOT NULL,
	`internal_target_roll` text DEFAULT 'next' NOT NULL,
	`decision_counts_from` text DEFAULT 'appeal' NOT NULL,
	`mediation_response_working_days` integer DEFAULT 10 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `work_items` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`dossier_kind` text NOT NULL,
	`dossier_id` text NOT NULL,
	`kind` text NOT NULL,
	`rule` text NOT NULL,
	`due_on` text NOT NULL,
	`assignee_id` text,
	`team_id` text,
	`assignee_role` text,
	`urgent` integer DEFAULT false NOT NULL,
	`done_at` text
);
--> statement-breakpoint
CREATE INDEX `work_items_open_assignee_idx` ON `work_items` (`assignee_id`,`due_on`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `work_items_open_team_idx` ON `work_items` (`team_id`,`due_on`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `work_items_open_role_idx` ON `work_items` (`assignee_role`,`due_on`) WHERE done_at IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `work_items_dossier_idx` ON `work_items` (`dossier_kind`,`dossier_id`);