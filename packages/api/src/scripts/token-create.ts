import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config';
import { isRole, ROLES } from '../core/auth/roles';
import { createApiDataSource } from '../data-source';
import { TokenService } from '../core/auth/token.service';

/** Issues an API token and prints it once: `token:create --name NAME --role EDITOR`. */
async function main() {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, role: { type: 'string', default: 'EDITOR' } },
  });
  if (!values.name?.trim() || !isRole(values.role ?? '')) {
    process.stderr.write(`Usage: token:create --name NAME [--role ${ROLES.join('|')}]\n`);
    process.exit(2);
  }
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL) {
    process.stderr.write(
      'Set DATABASE_URL. For the embedded database of `pnpm start` (while it runs) that is\n' +
        '  postgres://samverkan:samverkan@127.0.0.1:54329/samverkan\n',
    );
    process.exit(2);
  }
  const dataSource = await createApiDataSource({ url: DATABASE_URL }).initialize();
  const { secret, token } = await new TokenService(dataSource).issue(
    values.name.trim(),
    values.role as never,
  );
  process.stdout.write(`Token "${token.name}" (${token.role}), shown only this once:\n${secret}\n`);
  await dataSource.destroy();
}

void main();
