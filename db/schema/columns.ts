import { integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every synced domain row carries. Ids are UUIDv7 made where the row is created, so
 * rows made offline on different desktops never collide; `version` orders field changes for sync.
 */
export const rowMeta = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  createdBy: text('created_by'),
  updatedBy: text('updated_by'),
  deletedAt: text('deleted_at'),
  version: integer('version').notNull().default(1),
};

export const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'deletedAt', 'version'] as const;
