import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_NODE_FLAGS } from './node-flags';
import { packageRoot } from './testing/package-root';

const API_PACKAGE = packageRoot(__dirname);

describe("the API process's Node flags", () => {
  it('are those of `pnpm start` and of the Docker image', () => {
    const { scripts } = JSON.parse(readFileSync(join(API_PACKAGE, 'package.json'), 'utf8'));
    expect(scripts.start).toBe(`node ${API_NODE_FLAGS.join(' ')} dist/main.js`);
    const dockerfile = readFileSync(join(API_PACKAGE, '..', '..', 'docker', 'Dockerfile'), 'utf8');
    const command = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(command && JSON.parse(command)).toEqual(['node', ...API_NODE_FLAGS, 'dist/main.js']);
  });

  it('give the process the heap limit they name', () => {
    const limitMb = Number(
      execFileSync(process.execPath, [
        ...API_NODE_FLAGS,
        '-e',
        'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit / 2 ** 20))',
      ]),
    );
    // V8 adds the young generation's room to the old generation's limit.
    expect(limitMb).toBeGreaterThanOrEqual(512);
    expect(limitMb).toBeLessThan(600);
  });
});
