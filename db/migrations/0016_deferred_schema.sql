CREATE TABLE `deferred_schema` (
	`name` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`table_name` text NOT NULL,
	`sql` text NOT NULL,
	`after_rowid` integer
);
