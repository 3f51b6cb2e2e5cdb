import { defineModule } from '../../core/module';
import { Search1763901000000 } from './migrations/1763901000000-Search';
import { FindingSearch1763901100000 } from './migrations/1763901100000-FindingSearch';
import { ForgivingSearch1763902500000 } from './migrations/1763902500000-ForgivingSearch';
import { SearchEntries1763902600000 } from './migrations/1763902600000-SearchEntries';
import { SearchKeys1763902700000 } from './migrations/1763902700000-SearchKeys';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Type-ahead search across the register's kinds of records. */
export const searchModule = defineModule({
  name: 'search',
  migrations: [
    Search1763901000000,
    FindingSearch1763901100000,
    ForgivingSearch1763902500000,
    SearchEntries1763902600000,
    SearchKeys1763902700000,
  ],
  services: ({ dataSource }) => ({ search: new SearchService(dataSource) }),
  resolvers: [SearchResolver],
});
