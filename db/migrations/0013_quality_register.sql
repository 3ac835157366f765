CREATE TABLE `quality_advices` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`advised_on` text NOT NULL,
	`expert` text NOT NULL,
	`outcome` text NOT NULL,
	`dispute` text NOT NULL,
	`complaint_id` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `quality_advices_participant_idx` ON `quality_advices` (`participant_id`,`advised_on`);--> statement-breakpoint
CREATE TABLE `quality_assessment_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`ran_on` text NOT NULL,
	`participants` integer NOT NULL,
	`new_findings` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quality_blacklist` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`violation_id` text NOT NULL,
	`published_on` text NOT NULL,
	`name` text NOT NULL,
	`place` text,
	`termination_date` text NOT NULL,
	`violation` text NOT NULL,
	`document_id` text,
	`withdrawn_on` text,
	`withdrawn_reason` text
);
--> statement-breakpoint
CREATE INDEX `quality_blacklist_participant_idx` ON `quality_blacklist` (`participant_id`);--> statement-breakpoint
CREATE TABLE `quality_contribution_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`vat_basis_points` integer NOT NULL,
	`discount_basis_points` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_rates_year_unique` ON `quality_contribution_rates` (`year`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `quality_contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`discount_cents` integer NOT NULL,
	`vat_cents` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`charged_on` text NOT NULL,
	`due_on` text NOT NULL,
	`paid_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_contributions_year_unique` ON `quality_contributions` (`participant_id`,`year`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `quality_contributions_unpaid_idx` ON `quality_contributions` (`due_on`) WHERE paid_on IS NULL AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `quality_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`finding_id` text,
	`rule` integer NOT NULL,
	`outcome` text NOT NULL,
	`reasons` text NOT NULL,
	`decided_on` text NOT NULL,
	`decided_by` text NOT NULL,
	`termination_date` text
);
--> statement-breakpoint
CREATE INDEX `quality_decisions_participant_idx` ON `quality_decisions` (`participant_id`);--> statement-breakpoint
CREATE TABLE `quality_evidence_files` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`violation_id` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`file_path` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quality_evidence_violation_idx` ON `quality_evidence_files` (`violation_id`);--> statement-breakpoint
CREATE TABLE `quality_findings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`kind` text NOT NULL,
	`rule` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`evidence` text NOT NULL,
	`evidence_key` text NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_findings_evidence_unique` ON `quality_findings` (`participant_id`,`evidence_key`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `quality_findings_open_idx` ON `quality_findings` (`participant_id`) WHERE status = 'open' AND deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `quality_hardship_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`finding_id` text NOT NULL,
	`invoked_on` text NOT NULL,
	`argument` text NOT NULL,
	`outcome` text,
	`reasons` text,
	`decided_on` text,
	`decided_by` text
);
--> statement-breakpoint
CREATE INDEX `quality_hardship_finding_idx` ON `quality_hardship_requests` (`finding_id`);--> statement-breakpoint
CREATE TABLE `quality_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`provider_id` text NOT NULL,
	`registration_number` text NOT NULL,
	`start_date` text NOT NULL,
	`year_end_month_day` text DEFAULT '12-31' NOT NULL,
	`status` text NOT NULL,
	`zelfstandigen_bouw` integer DEFAULT false NOT NULL,
	`recognition_document_id` text,
	`termination_date` text,
	`terminated_by` text,
	`notice_received_on` text,
	`termination_reason` text,
	`termination_document_id` text,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quality_participants_number_unique` ON `quality_participants` (`registration_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `quality_participants_live_provider_unique` ON `quality_participants` (`provider_id`) WHERE status <> 'beeindigd' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `quality_participants_provider_idx` ON `quality_participants` (`provider_id`);--> statement-breakpoint
CREATE INDEX `quality_participants_status_idx` ON `quality_participants` (`status`,`registration_number`);--> statement-breakpoint
CREATE TABLE `quality_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`reviewed_on` text NOT NULL,
	`customer_id` text NOT NULL,
	`guarantee_sufficient` integer NOT NULL,
	`service_sufficient` integer NOT NULL,
	`craftsmanship_sufficient` integer NOT NULL,
	`sufficient` integer NOT NULL,
	`complaint_id` text,
	`job_reference` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `quality_reviews_participant_idx` ON `quality_reviews` (`participant_id`,`reviewed_on`);--> statement-breakpoint
CREATE TABLE `quality_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`review_window` text DEFAULT 'rolling' NOT NULL,
	`year_window` text DEFAULT 'rolling' NOT NULL,
	`staffel` text NOT NULL,
	`finding_due_working_days` integer DEFAULT 5 NOT NULL,
	`payment_term_days` integer DEFAULT 30 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quality_violations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`participant_id` text NOT NULL,
	`seen_on` text NOT NULL,
	`description` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quality_violations_participant_idx` ON `quality_violations` (`participant_id`);--> statement-breakpoint
ALTER TABLE `complaints` ADD `agreement_executed_on` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `subject_id` text;--> statement-breakpoint
CREATE INDEX `work_items_subject_idx` ON `work_items` (`subject_id`) WHERE subject_id IS NOT NULL;