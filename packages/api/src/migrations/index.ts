import { Foundation1763800000000 } from './1763800000000-Foundation';
import { People1763900000000 } from './1763900000000-People';
import { Identifiers1763900050000 } from './1763900050000-Identifiers';
import { Strategies1763900100000 } from './1763900100000-Strategies';
import { Forums1763900200000 } from './1763900200000-Forums';
import { Responsibilities1763900300000 } from './1763900300000-Responsibilities';
import { ForumAnchors1763900400000 } from './1763900400000-ForumAnchors';
import { Meetings1763900500000 } from './1763900500000-Meetings';
import { Collaboration1763900600000 } from './1763900600000-Collaboration';
import { SeedRegistry1763900700000 } from './1763900700000-SeedRegistry';
import { Reviews1763900800000 } from './1763900800000-Reviews';
import { MapEdges1763900900000 } from './1763900900000-MapEdges';
import { Search1763901000000 } from './1763901000000-Search';
import { KnownAt1763901050000 } from './1763901050000-KnownAt';
import { FindingSearch1763901100000 } from './1763901100000-FindingSearch';

/** Every migration in order; listed so builds and tests need no file globbing. */
export const MIGRATIONS = [
  Foundation1763800000000,
  People1763900000000,
  Identifiers1763900050000,
  Strategies1763900100000,
  Forums1763900200000,
  Responsibilities1763900300000,
  ForumAnchors1763900400000,
  Meetings1763900500000,
  Collaboration1763900600000,
  SeedRegistry1763900700000,
  Reviews1763900800000,
  MapEdges1763900900000,
  Search1763901000000,
  KnownAt1763901050000,
  FindingSearch1763901100000,
];
