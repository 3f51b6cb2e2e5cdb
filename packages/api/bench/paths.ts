import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** packages/api: the nearest folder up with a package.json, from bench/ or dist-bench/bench/. */
function packageRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json'))) {
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
    folder = dirname(folder);
  }
  return folder;
}

export const API_PACKAGE = packageRoot(__dirname);
export const REPOSITORY = join(API_PACKAGE, '..', '..');
/** Where the benchmark keeps its database, logs and results (ignored by git). */
export const BENCH_DATA = join(REPOSITORY, '.data', 'bench');
