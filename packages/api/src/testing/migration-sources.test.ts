import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationSourcesHash } from './migration-sources';

let src: string;
beforeEach(() => {
  src = mkdtempSync(join(tmpdir(), 'migration-sources-'));
  mkdirSync(join(src, 'modules', 'actor', 'migrations'), { recursive: true });
  mkdirSync(join(src, 'core', 'db'), { recursive: true });
  writeFileSync(
    join(src, 'modules', 'actor', 'migrations', '1-Actors.ts'),
    "import { columns } from '../../../core/db/sql';\nexport const up = columns;\n",
  );
  writeFileSync(join(src, 'core', 'db', 'sql.ts'), "export const columns = 'id uuid';\n");
  writeFileSync(join(src, 'core', 'db', 'other.ts'), 'export const unrelated = 1;\n');
  writeFileSync(join(src, 'modules', 'actor', 'migrations', 'actors.test.ts'), '// a test\n');
});
afterEach(() => rmSync(src, { recursive: true, force: true }));

it('changes with a migration and with a module a migration imports', () => {
  const before = migrationSourcesHash(src);
  expect(migrationSourcesHash(src)).toBe(before);

  writeFileSync(join(src, 'core', 'db', 'sql.ts'), "export const columns = 'id bigint';\n");
  const helperChanged = migrationSourcesHash(src);
  expect(helperChanged).not.toBe(before);

  writeFileSync(
    join(src, 'modules', 'actor', 'migrations', '1-Actors.ts'),
    'export const up = 1;\n',
  );
  expect(migrationSourcesHash(src)).not.toBe(helperChanged);
});

it('does not change with other modules or with tests beside the migrations', () => {
  const before = migrationSourcesHash(src);
  writeFileSync(join(src, 'core', 'db', 'other.ts'), 'export const unrelated = 2;\n');
  writeFileSync(join(src, 'modules', 'actor', 'migrations', 'actors.test.ts'), '// changed\n');
  expect(migrationSourcesHash(src)).toBe(before);
});
