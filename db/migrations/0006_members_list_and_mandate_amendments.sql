DROP INDEX `mandates_reference_unique`;--> statement-breakpoint
CREATE INDEX `mandates_reference_idx` ON `sepa_mandates` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `mandates_reference_unique` ON `sepa_mandates` (`reference`) WHERE status <> 'gewijzigd';--> statement-breakpoint
CREATE INDEX `members_status_idx` ON `members` (`status`);--> statement-breakpoint
CREATE INDEX `members_start_idx` ON `members` (`start_date`);