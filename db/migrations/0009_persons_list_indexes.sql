CREATE INDEX `persons_merged_into_idx` ON `persons` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `persons_live_name_idx` ON `persons` (`sort_name`,`kind`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `persons_live_city_idx` ON `persons` (`city`,`sort_name`,`kind`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `persons_live_postcode_idx` ON `persons` (`postcode`,`house_number`,`kind`) WHERE deleted_at IS NULL;