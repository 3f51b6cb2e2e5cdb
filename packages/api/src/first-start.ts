import type { Logger } from './core/logger';
import { loadSeed } from './modules/seed';
import type { Services } from './services';

/**
 * The work of a first start, once the database is migrated: the seed data set into an empty
 * register (`seed`), then, printed on stdout, a one-time admin API token when there is no admin
 * token yet and a one-time link to become the first admin while no admin can sign in (a new one
 * on every call, which withdraws the one before: run by one process only, the one that migrates).
 * `webClient` is where people open the web client; null: the link is printed as a path.
 */
export async function doFirstStart(
  services: Services,
  { seed, logger, webClient }: { seed: boolean; logger: Logger; webClient: string | null },
): Promise<void> {
  if (seed && (await services.actor.isEmpty())) {
    logger.info('empty database: loading the seed data set');
    await loadSeed(services, (message) => logger.info(message));
  }
  if (!(await services.token.hasAdminToken())) {
    const { secret } = await services.token.issue('first admin', 'ADMIN');
    process.stdout.write(
      `\nAn admin API token was created. It is shown only this once; keep it safe:\n\n  ${secret}\n\n` +
        `Use it as the header  Authorization: Bearer ${secret.slice(0, 8)}…\n` +
        `Create more with: pnpm --filter @samverkan/api token:create --name NAME --role EDITOR --area 23\n\n`,
    );
  }
  const invitation = await services.user.firstAdminInvitation();
  if (invitation) {
    const link = `${webClient ?? ''}/invitation#${invitation.secret}`;
    process.stdout.write(
      `\nNo admin can sign in yet. Open this one-time link to become the first admin ` +
        `(valid 7 days; a new one is made on every start until it is used):\n\n` +
        `  ${link}\n\n` +
        (webClient ? '' : `(after the web client's address; set PUBLIC_URL to have it here)\n\n`),
    );
  }
}
