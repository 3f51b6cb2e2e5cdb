import { defineModule } from '../../core/module';
import {
  AreaCountResolver,
  MemberRepresentativeCountResolver,
  MunicipalityCoverageResolver,
} from './composition.resolver';
import { ForumCompositionService } from './composition.service';
import { ForumCompositionResolver } from './forum.fields';

/** Who sits in a forum on a day: by sector, level and area, municipalities covered and missing. */
export const compositionModule = defineModule({
  name: 'composition',
  services: ({ dataSource }) => ({ forumComposition: new ForumCompositionService(dataSource) }),
  loaders: ({ forumComposition }) => forumComposition.loaders(),
  resolvers: [
    ForumCompositionResolver,
    AreaCountResolver,
    MunicipalityCoverageResolver,
    MemberRepresentativeCountResolver,
  ],
});
