import { isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailSettings } from '../../db/schema';
import type { Row } from '../mutation/writer';

export type MailSettingsRow = Row<typeof mailSettings>;

/** Everything the sender needs to reach the mail server; only complete, switched-on settings qualify. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: 'none' | 'starttls' | 'tls';
  username: string | null;
  password: string | null;
  fromAddress: string;
  fromName: string | null;
}

/** The office has one row of mail settings; there is none until an administrator first saves them. */
export function findMailSettings(db: Db): MailSettingsRow | undefined {
  return db.select().from(mailSettings).where(isNull(mailSettings.deletedAt)).get();
}

export function usableSmtpSettings(row: MailSettingsRow | undefined): SmtpSettings | null {
  if (!row?.enabled || !row.host || !row.port || !row.fromAddress) return null;
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    password: row.password,
    fromAddress: row.fromAddress,
    fromName: row.fromName,
  };
}
