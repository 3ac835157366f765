CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`salutation` text,
	`initials` text,
	`first_name` text,
	`infix` text,
	`last_name` text,
	`organisation_name` text,
	`street` text,
	`house_number` integer,
	`house_number_addition` text,
	`postcode` text,
	`city` text,
	`country` text,
	`phone` text,
	`phone_alt` text,
	`phone_digits` text,
	`phone_alt_digits` text,
	`email` text,
	`preferred_channel` text DEFAULT 'post' NOT NULL,
	`notes` text,
	`sort_name` text NOT NULL,
	`merged_into_id` text
);
--> statement-breakpoint
CREATE INDEX `persons_address_idx` ON `persons` (`postcode`,`house_number`);--> statement-breakpoint
CREATE INDEX `persons_phone_idx` ON `persons` (`phone_digits`);--> statement-breakpoint
CREATE INDEX `persons_phone_alt_idx` ON `persons` (`phone_alt_digits`);--> statement-breakpoint
CREATE INDEX `persons_email_idx` ON `persons` (`email`);--> statement-breakpoint
CREATE INDEX `persons_sort_idx` ON `persons` (`sort_name`);--> statement-breakpoint
CREATE TABLE `contribution_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contribution_year_unique` ON `contribution_rates` (`year`);--> statement-breakpoint
CREATE TABLE `household_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`member_id` text NOT NULL,
	`person_id` text NOT NULL,
	`relation` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `household_member_idx` ON `household_members` (`member_id`);--> statement-breakpoint
CREATE INDEX `household_person_idx` ON `household_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`person_id` text NOT NULL,
	`membership_number` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`status` text NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_number_unique` ON `members` (`membership_number`);--> statement-breakpoint
CREATE INDEX `members_person_idx` ON `members` (`person_id`);--> statement-breakpoint
CREATE TABLE `sepa_mandates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`member_id` text NOT NULL,
	`reference` text NOT NULL,
	`iban` text NOT NULL,
	`bic` text,
	`account_holder` text NOT NULL,
	`signature_date` text,
	`form_received` integer DEFAULT false NOT NULL,
	`sequence_type` text DEFAULT 'FRST' NOT NULL,
	`last_collection_date` text,
	`status` text NOT NULL,
	`replaces_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mandates_reference_unique` ON `sepa_mandates` (`reference`);--> statement-breakpoint
CREATE INDEX `mandates_member_idx` ON `sepa_mandates` (`member_id`);--> statement-breakpoint
CREATE TABLE `provider_screening_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`provider_id` text NOT NULL,
	`step` text NOT NULL,
	`done_on` text NOT NULL,
	`done_by` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `screening_provider_idx` ON `provider_screening_steps` (`provider_id`);--> statement-breakpoint
CREATE TABLE `provider_services` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`provider_id` text NOT NULL,
	`category_id` text NOT NULL,
	`experience` text
);
--> statement-breakpoint
CREATE INDEX `provider_services_provider_idx` ON `provider_services` (`provider_id`);--> statement-breakpoint
CREATE INDEX `provider_services_category_idx` ON `provider_services` (`category_id`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`person_id` text NOT NULL,
	`contact_person_id` text,
	`provider_type` text NOT NULL,
	`kvk_number` text,
	`insurer` text,
	`policy_number` text,
	`insured_until` text,
	`branch_organisation` text,
	`vog_received_on` text,
	`screening_status` text NOT NULL,
	`rejection_reason` text,
	`regions` text NOT NULL,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `providers_person_idx` ON `providers` (`person_id`);--> statement-breakpoint
CREATE INDEX `providers_kvk_idx` ON `providers` (`kvk_number`);--> statement-breakpoint
CREATE INDEX `providers_insured_idx` ON `providers` (`insured_until`);--> statement-breakpoint
CREATE TABLE `service_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_categories_name_unique` ON `service_categories` (`name`);--> statement-breakpoint
CREATE TABLE `number_series` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`key` text NOT NULL,
	`prefix` text NOT NULL,
	`next_value` integer DEFAULT 1 NOT NULL,
	`padding` integer DEFAULT 6 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `number_series_key_unique` ON `number_series` (`key`);