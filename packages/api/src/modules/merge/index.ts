import { defineModule } from '../../core/module';
import { MergeResolver } from './merge.resolver';
import { MergeService } from './merge.service';
import { MergedRecords1763903700000 } from './migrations/1763903700000-MergedRecords';

/** Merging duplicate actors and people into one; the duplicate's id keeps leading to it. */
export const mergeModule = defineModule({
  name: 'merge',
  migrations: [MergedRecords1763903700000],
  services: ({ dataSource }, earlier: object) => ({
    merge: new MergeService(dataSource, earlier),
  }),
  loaders: ({ merge }) => merge.loaders(),
  resolvers: [MergeResolver],
});

export type { MergeService } from './merge.service';
