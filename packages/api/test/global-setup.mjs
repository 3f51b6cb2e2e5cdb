// Starts one throw-away PostgreSQL for the whole run, unless TEST_DATABASE_URL names a server.
// Test files then each clone their own database from a migrated template (src/testing/database.ts).
import { startThrowawayPostgres } from '../embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const server = await startThrowawayPostgres();
  globalThis.__SAMVERKAN_PG__ = server;
  // Workers are forked after this runs and inherit the environment.
  process.env.TEST_DATABASE_URL = server.url;
}
