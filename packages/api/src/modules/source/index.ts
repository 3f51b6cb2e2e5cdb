import { defineModule } from '../../core/module';
import { SourceEntity } from './source.entity';
import { SourceResolver } from './source.resolver';
import { SourceService } from './source.service';
import { SourceText1763901500000 } from './migrations/1763901500000-SourceText';

/** Sources: the documents records cite. */
export const sourceModule = defineModule({
  name: 'source',
  entities: [SourceEntity],
  migrations: [SourceText1763901500000],
  services: ({ dataSource, audit }) => ({ source: new SourceService(dataSource, audit) }),
  loaders: ({ source }) => source.loaders(),
  nodeTypes: [['Source', SourceEntity, (loaders) => loaders.sourceById]],
  resolvers: [SourceResolver],
});

// What other modules use of this one.
export { SourceEntity } from './source.entity';
export { SourceType } from './source.types';
