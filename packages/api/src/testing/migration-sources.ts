import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The relative imports of a TypeScript file, resolved to the files they name. */
function importedFiles(file: string): string[] {
  const imports = readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g);
  return [...imports].flatMap(([, path]) => {
    const base = join(dirname(file), path);
    return [`${base}.ts`, join(base, 'index.ts')].filter(existsSync).slice(0, 1);
  });
}

/**
 * A hash of the source of every migration under `srcDir` (the `.ts` files in a `migrations`
 * folder, tests aside) and of every module they import, followed through. The test template and
 * the benchmark's database are named by it: a database made by the migrations is remade when one
 * of them, or the SQL helpers they use, changes, not only when one is added or renamed.
 */
export function migrationSourcesHash(srcDir: string): string {
  const migrations = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.split(sep).includes('migrations'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => join(srcDir, path));
  const files = new Set<string>();
  const pending = [...migrations];
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    pending.push(...importedFiles(file));
  }
  const hash = createHash('sha1');
  for (const file of [...files].sort()) {
    hash.update(relative(srcDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
