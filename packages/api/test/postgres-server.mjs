// An embedded PostgreSQL in a process of its own, for tests that stop, kill or freeze their
// database (src/testing/postgres-server.ts): `node postgres-server.mjs <dir> <port>` prints
// "ready <pid>" (PostgreSQL's process group) and stops PostgreSQL on SIGTERM.
import { startEmbeddedPostgres } from '../embedded-postgres.mjs';

const [databaseDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({
  databaseDir,
  port: Number(port),
  ownProcessGroup: true,
});
process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
process.stdout.write(`ready ${server.pid}\n`);
