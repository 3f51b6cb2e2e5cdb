import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * packages/api: the nearest folder up with a package.json, from src/, bench/ or their compiled
 * copies (dist-bench/).
 */
export function packageRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json'))) {
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
    folder = dirname(folder);
  }
  return folder;
}
