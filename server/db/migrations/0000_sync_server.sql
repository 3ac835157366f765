CREATE TABLE "devices" (
	"id" text PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"credential_hash" text NOT NULL,
	"number_prefix" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"registered_at" text NOT NULL,
	"approved_at" text,
	"revoked_at" text,
	CONSTRAINT "devices_number_prefix_unique" UNIQUE("number_prefix")
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"epoch" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"created_at" text NOT NULL,
	"expires_at" text NOT NULL,
	"used_at" text,
	"used_by_device" text,
	"auto_approve" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_conflicts" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"field" text NOT NULL,
	"losing_value" jsonb,
	"winning_value" jsonb,
	"losing_device" text NOT NULL,
	"winning_device" text NOT NULL,
	"losing_at" text NOT NULL,
	"winning_at" text NOT NULL,
	"created_at" text DEFAULT now()::text NOT NULL,
	"resolved_at" text,
	"resolved_by" text,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "sync_mutations" (
	"office_id" text NOT NULL,
	"device_id" text NOT NULL,
	"mutation_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"status" text NOT NULL,
	"server_version" bigint NOT NULL,
	"reason" text,
	CONSTRAINT "sync_mutations_device_mutation_unique" UNIQUE("device_id","mutation_id")
);
--> statement-breakpoint
CREATE TABLE "sync_rows" (
	"office_id" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"fields" jsonb NOT NULL,
	"field_versions" jsonb NOT NULL,
	"field_clocks" jsonb NOT NULL,
	"deleted_at" text,
	"server_version" bigint NOT NULL,
	"created_at" text NOT NULL,
	"created_by" text,
	"updated_at" text NOT NULL,
	"updated_by" text,
	CONSTRAINT "sync_rows_office_id_table_name_row_id_pk" PRIMARY KEY("office_id","table_name","row_id")
);
--> statement-breakpoint
CREATE TABLE "sync_unique_values" (
	"office_id" text NOT NULL,
	"table_name" text NOT NULL,
	"column_name" text NOT NULL,
	"value" text NOT NULL,
	"row_id" text NOT NULL,
	CONSTRAINT "sync_unique_values_unique" UNIQUE("office_id","table_name","column_name","value")
);
--> statement-breakpoint
CREATE INDEX "devices_office_idx" ON "devices" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "sync_conflicts_open_idx" ON "sync_conflicts" USING btree ("office_id","resolved_at");--> statement-breakpoint
CREATE INDEX "sync_mutations_row_idx" ON "sync_mutations" USING btree ("office_id","table_name","row_id");--> statement-breakpoint
CREATE INDEX "sync_rows_pull_idx" ON "sync_rows" USING btree ("office_id","server_version","table_name","row_id");--> statement-breakpoint
CREATE INDEX "sync_unique_values_row_idx" ON "sync_unique_values" USING btree ("office_id","table_name","row_id");