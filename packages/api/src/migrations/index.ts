import { Foundation1763800000000 } from './1763800000000-Foundation';

/** Every migration in order; listed so builds and tests need no file globbing. */
export const MIGRATIONS = [Foundation1763800000000];
