import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { APP_ROLE } from './migrations/1763902900000-AppendOnlyAudit';

/**
 * The URL the API's requests connect with: as `samverkan_app` (migration AppendOnlyAudit), which
 * is no superuser and cannot change or delete audit rows, on the owner's server and database.
 * Its password is derived from the owner's (an HMAC: the same for every API process, and
 * telling nothing of the owner's) and set by the owner on every start, which needs an owner who
 * may alter roles (a superuser, as the embedded PostgreSQL's, or one with CREATEROLE). Where the
 * owner may not, give the API a login of its own instead (`APP_DATABASE_URL`).
 */
export async function appRoleUrl(owner: DataSource, ownerUrl: string): Promise<string> {
  const url = appRoleUrlOf(ownerUrl);
  const password = decodeURIComponent(url.password);
  try {
    await letLogIn(owner, password);
  } catch (error) {
    throw new Error(
      `The database user of DATABASE_URL may not let the role ${APP_ROLE} log in (${(error as Error).message}). ` +
        `Grant it CREATEROLE, or create a login granted ${APP_ROLE} and give it as APP_DATABASE_URL.`,
    );
  }
  return url.href;
}

/**
 * The URL `appRoleUrl` lets log in, without setting its password: for API processes that leave
 * the work on start to a migration step (`MIGRATE_ON_START=false`), which has set it.
 */
export function appRoleUrlOf(ownerUrl: string): URL {
  const url = new URL(ownerUrl);
  url.password = createHmac('sha256', decodeURIComponent(url.password) || url.username)
    .update(APP_ROLE)
    .digest('hex');
  url.username = APP_ROLE;
  return url;
}

/**
 * Sets the role's login and password. API processes starting at once on one server (tests do)
 * may set it at the same moment, which PostgreSQL refuses to all but one ("tuple concurrently
 * updated"): they set the same password, so trying again is enough.
 */
async function letLogIn(owner: DataSource, password: string, attempts = 5): Promise<void> {
  try {
    // Hex digits only: nothing in the password needs quoting.
    await owner.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password}'`);
  } catch (error) {
    if (attempts <= 1 || !/concurrently updated/.test((error as Error).message)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
    await letLogIn(owner, password, attempts - 1);
  }
}
