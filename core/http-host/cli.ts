import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../app';
import { seedDemo } from '../../db/seed/demo';
import { createMailSender } from '../mail/sender';
import { scheduleDailyQualityAssessment } from '../quality/daily';
import { fileCredentialStore } from '../sync/credentials';
import { startHttpHost } from './server';

/** `npm run serve [-- --port N] [-- --db PATH] [-- --documents DIR] [-- --demo]`: the app in a browser on this machine. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      documents: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
    },
  });
  const staticDir = path.resolve(values['static-dir'] ?? 'out/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error(`Geen gebouwde renderer in ${staticDir}. Voer eerst "npm run build" uit.`);
    process.exit(1);
  }
  const dbPath = values.demo
    ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'servicedesk-demo-')), 'demo.sqlite')
    : path.resolve(values.db ?? 'data/servicedesk.sqlite');
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });

  // The document archive's files: beside the database unless told otherwise.
  // The sync credential: a file only this user can read, beside the database (Electron uses safeStorage).
  const syncStore = fileCredentialStore(path.join(path.dirname(dbPath), 'sync-credential.json'));
  const core = createCore({ dbPath, documentsDir: values.documents ? path.resolve(values.documents) : undefined, sync: { store: syncStore } });
  const accounts = values.demo ? await seedDemo(core) : [];
  const host = await startHttpHost({ core, staticDir, port: values.port ? Number(values.port) : 0 });
  // E-mail outbox: settles messages a crash left half-sent, then sends every minute and right after queueing.
  const mail = createMailSender({ core });
  mail.start();
  // Q3: the quality-mark register assesses every participant once a day.
  const quality = scheduleDailyQualityAssessment(core);
  // Sync with the central server, when linked: on start, every minute, soon after local work.
  core.sync?.start();

  console.log(`Servicedesk draait op ${host.url}`);
  console.log(`Open in uw browser: ${host.signInUrl}`);
  console.log(`Database: ${dbPath}`);
  console.log(`Documenten: ${core.documentsDir}`);
  if (accounts.length) {
    console.log('Demo-accounts (wachtwoorden gelden alleen voor deze start):');
    for (const a of accounts) console.log(`  ${a.username.padEnd(10)} ${a.password}  (${a.roles.join(', ')})`);
  }
  const stop = async () => {
    await host.close();
    quality.stop();
    await core.sync?.stop();
    await mail.stop();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
