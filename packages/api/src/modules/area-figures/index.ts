import { defineModule } from '../../core/module';
import { AreaFiguresFieldResolver, AreaFiguresResolver } from './area-figures.resolver';
import { AreaFiguresService } from './area-figures.service';

/** Figures per area on a day (actors, responsibilities, forums, memberships): maps of areas. */
export const areaFiguresModule = defineModule({
  name: 'area-figures',
  services: ({ dataSource }) => ({ areaFigures: new AreaFiguresService(dataSource) }),
  loaders: ({ areaFigures }) => areaFigures.loaders(),
  resolvers: [AreaFiguresFieldResolver, AreaFiguresResolver],
});
