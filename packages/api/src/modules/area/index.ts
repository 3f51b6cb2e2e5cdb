import { defineModule } from '../../core/module';
import { AreaEntity } from './area.entity';
import { AreaResolver } from './area.resolver';
import { AreaService } from './area.service';

/** Areas: counties, municipalities, NUTS regions; a tree. */
export const areaModule = defineModule({
  name: 'area',
  entities: [AreaEntity],
  services: ({ dataSource, audit }) => ({ area: new AreaService(dataSource, audit) }),
  loaders: ({ area }) => area.loaders(),
  nodeTypes: [['Area', AreaEntity, (loaders) => loaders.areaById]],
  resolvers: [AreaResolver],
});

// What other modules use of this one.
export { AreaEntity } from './area.entity';
export type { AreaKind } from './area.entity';
export { AreaKindEnum, AreaType } from './area.types';
export { areasWithin } from './within';
