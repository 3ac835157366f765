DROP INDEX `members_status_idx`;--> statement-breakpoint
DROP INDEX `members_start_idx`;--> statement-breakpoint
ALTER TABLE `members` ADD `sort_name` text;--> statement-breakpoint
CREATE INDEX `members_live_number_idx` ON `members` (`membership_number`,`status`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `members_live_status_idx` ON `members` (`status`,`membership_number`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `members_live_start_idx` ON `members` (`start_date`,`membership_number`,`status`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `members_live_name_idx` ON `members` (`sort_name`,`membership_number`,`status`) WHERE deleted_at IS NULL;