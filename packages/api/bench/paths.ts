import { join } from 'node:path';
import { packageRoot } from '../src/testing/package-root';

export const API_PACKAGE = packageRoot(__dirname);
export const REPOSITORY = join(API_PACKAGE, '..', '..');
/** Where the benchmark keeps its database, logs and results (ignored by git). */
export const BENCH_DATA = join(REPOSITORY, '.data', 'bench');
