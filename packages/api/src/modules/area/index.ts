import { defineModule } from '../../core/module';
import { AreaEntity } from './area.entity';
import { accountAreaResolvers } from './account.fields';
import { AreaResolver } from './area.resolver';
import { AreaService } from './area.service';
import { AreaKindsAndCoverage1763902300000 } from './migrations/1763902300000-AreaKindsAndCoverage';

/**
 * Areas: Sweden's country, NUTS regions, counties and municipalities (reference data every
 * database holds), and areas admins draw across municipalities; a tree.
 */
export const areaModule = defineModule({
  name: 'area',
  entities: [AreaEntity],
  migrations: [AreaKindsAndCoverage1763902300000],
  services: ({ dataSource, audit }) => ({ area: new AreaService(dataSource, audit) }),
  loaders: ({ area }) => area.loaders(),
  nodeTypes: [['Area', AreaEntity, (loaders) => loaders.areaById]],
  resolvers: [AreaResolver, ...accountAreaResolvers],
});

// What other modules use of this one.
export { AreaEntity } from './area.entity';
export type { AreaKind } from './area.entity';
export { AreaKindEnum, AreaType } from './area.types';
export { areaCitations } from './area.service';
export { areasWithin } from '../../core/db/areas-within';
export { HOME_AREAS } from './home-areas';
export { loadReferenceAreas, referenceAreas } from './reference/reference';
export type { ReferenceArea } from './reference/reference';
export { SWEDISH_COUNTIES, SWEDISH_MUNICIPALITIES } from './reference/swedish-areas';
