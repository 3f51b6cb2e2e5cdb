import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActorAssessmentsResolver } from './actor.fields';
import { CollaborationAssessmentEntity } from './assessment.entity';
import { AssessedFactorResolver, CollaborationAssessmentResolver } from './assessment.resolver';
import { CollaborationAssessmentService } from './assessment.service';
import { CollaborationFactorEntity } from './factor.entity';
import { CollaborationFactorResolver } from './factor.resolver';
import { CollaborationFactorService } from './factor.service';
import { ForumAssessmentsResolver } from './forum.fields';
import { CollaborationLevelEntity } from './level.entity';
import { CollaborationLevelResolver } from './level.resolver';
import { CollaborationLevelService } from './level.service';
import { Collaboration1763900600000 } from './migrations/1763900600000-Collaboration';
import { CollaborationScaleEntity } from './scale.entity';
import { CollaborationScaleResolver } from './scale.resolver';
import { CollaborationScaleService } from './scale.service';

/** The health of collaboration: scales, levels, factors and dated assessments. */
export const collaborationModule = defineModule({
  name: 'collaboration',
  entities: [
    CollaborationScaleEntity,
    CollaborationLevelEntity,
    CollaborationFactorEntity,
    CollaborationAssessmentEntity,
  ],
  migrations: [Collaboration1763900600000],
  services: ({ dataSource, audit }) => ({
    collaborationScale: new CollaborationScaleService(dataSource, audit),
    collaborationLevel: new CollaborationLevelService(dataSource, audit),
    collaborationFactor: new CollaborationFactorService(dataSource, audit),
    collaborationAssessment: new CollaborationAssessmentService(dataSource, audit),
  }),
  loaders: (services) => ({
    ...services.collaborationScale.loaders(),
    ...services.collaborationLevel.loaders(),
    ...services.collaborationFactor.loaders(),
    ...services.collaborationAssessment.loaders(),
  }),
  nodeTypes: [
    ['CollaborationScale', CollaborationScaleEntity, (loaders) => loaders.collaborationScaleById],
    ['CollaborationLevel', CollaborationLevelEntity, (loaders) => loaders.collaborationLevelById],
    [
      'CollaborationFactor',
      CollaborationFactorEntity,
      (loaders) => loaders.collaborationFactorById,
    ],
    [
      'CollaborationAssessment',
      CollaborationAssessmentEntity,
      (loaders) => loaders.collaborationAssessmentById,
    ],
  ],
  resolvers: [
    RetractResolver(
      'CollaborationAssessment',
      'collaboration assessment',
      'collaborationAssessment',
    ),
    CollaborationScaleResolver,
    CollaborationLevelResolver,
    CollaborationFactorResolver,
    CollaborationAssessmentResolver,
    AssessedFactorResolver,
    ActorAssessmentsResolver,
    ForumAssessmentsResolver,
  ],
});

// What other modules use of this one.
export type { CollaborationFactorCategory } from './factor.entity';
