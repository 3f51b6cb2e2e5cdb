import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config';
import { isRole, ROLES } from '../core/auth/roles';
import { createApiDataSource } from '../data-source';
import { TokenService } from '../core/auth/token.service';

const USAGE = `Usage: token:create --name NAME [--role ${ROLES.join('|')}] [--area CODE]…
  An EDITOR's token needs one --area at least: the official code of an area it may write in
  ("23" for Jämtlands län, "2380" for Östersund, "SE" for all of Sweden).\n`;

/**
 * Issues a service account's API token and prints it once:
 * `token:create --name NAME --role EDITOR --area 23`.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'EDITOR' },
      area: { type: 'string', multiple: true, default: [] },
    },
  });
  const role = values.role ?? '';
  if (!values.name?.trim() || !isRole(role) || (role === 'EDITOR' && values.area.length === 0)) {
    process.stderr.write(USAGE);
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
  const areas = await dataSource.query<{ id: string; code: string }[]>(
    'SELECT id, code FROM area WHERE code = ANY ($1)',
    [values.area],
  );
  const unknown = values.area.filter((code) => !areas.some((area) => area.code === code));
  if (unknown.length > 0) {
    process.stderr.write(`No area has the code ${unknown.join(', ')}.\n${USAGE}`);
    process.exit(2);
  }
  const { secret, token } = await new TokenService(dataSource).issue(values.name.trim(), role, {
    areaIds: areas.map(({ id }) => id),
  });
  process.stdout.write(`Token "${token.name}" (${token.role}), shown only this once:\n${secret}\n`);
  await dataSource.destroy();
}

void main();
