import { Foundation1763800000000 } from './1763800000000-Foundation';
import { People1763900000000 } from './1763900000000-People';
import { Strategies1763900100000 } from './1763900100000-Strategies';

/** Every migration in order; listed so builds and tests need no file globbing. */
export const MIGRATIONS = [Foundation1763800000000, People1763900000000, Strategies1763900100000];
