import { buildApp } from '../../server/app';
import { openPostgres } from '../../server/db/client';

// The sync server as its own process, so a test can kill it with SIGKILL in the middle of a push
// and see what PostgreSQL keeps. Prints `listening <url>` once it accepts connections.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const db = await openPostgres(url);
const app = await buildApp({ db });
console.log(`listening ${await app.listen({ host: '127.0.0.1', port: 0 })}`);
