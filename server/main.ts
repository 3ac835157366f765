import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { openPostgres } from './db/client';
import { createRegistrationCode } from './devices/codes';
import { DEFAULT_OFFICE_ID, ensureOffice, startNewEpoch } from './offices';

// `npm run server` serves the API; `-- --create-code` prints a registration code whose device is
// approved at once (bootstrap: the first admin desktop); `-- --new-epoch` after a restore from backup.
const { values } = parseArgs({ options: { 'create-code': { type: 'boolean' }, 'new-epoch': { type: 'boolean' } } });

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required, e.g. DATABASE_URL=postgres://user:password@127.0.0.1:5432/servicedesk npm run server');
  process.exit(1);
}
const db = await openPostgres(url);
await ensureOffice(db);

if (values['create-code']) {
  const { code, expiresAt } = await createRegistrationCode(db, DEFAULT_OFFICE_ID, { autoApprove: true });
  console.log(`Registratiecode: ${code} (geldig tot ${expiresAt}; de computer die hem gebruikt, is meteen goedgekeurd)`);
  await db.close();
} else if (values['new-epoch']) {
  const epoch = await startNewEpoch(db);
  console.log(`Nieuwe epoch: ${epoch}. De computers synchroniseren bij hun volgende synchronisatie opnieuw volledig.`);
  await db.close();
} else {
  const app = await buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const close = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
  await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 8787) });
}
