import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActorResponsibilitiesResolver } from './actor.fields';
import { AreaResponsibilitiesResolver } from './area.fields';
import { ForumResponsibilitiesResolver } from './forum.fields';
import { Responsibilities1763900300000 } from './migrations/1763900300000-Responsibilities';
import { ActingPerson1763901700000 } from './migrations/1763901700000-ActingPerson';
import { ObjectiveResponsibilitiesResolver } from './objective.fields';
import { PersonResponsibilitiesResolver } from './person.fields';
import { ResponsibilityEntity } from './responsibility.entity';
import { ResponsibilityResolver } from './responsibility.resolver';
import { ResponsibilityBulkResolver } from './responsibility.bulk';
import { ResponsibilityBulkWriter } from './responsibility-bulk.service';
import { ResponsibilityService } from './responsibility.service';
import { ResponsibilitySubscriptionResolver } from './responsibility.subscription';
import { StrategyResponsibilitiesResolver } from './strategy.fields';
import { TopicResponsibilitiesResolver } from './topic.fields';

/** Responsibilities: an actor's role for a subject under a mandate, in valid time. */
export const responsibilityModule = defineModule({
  name: 'responsibility',
  entities: [ResponsibilityEntity],
  migrations: [Responsibilities1763900300000, ActingPerson1763901700000],
  services: ({ dataSource, audit }) => {
    const responsibility = new ResponsibilityService(dataSource, audit);
    return { responsibility, responsibilityBulk: new ResponsibilityBulkWriter(responsibility) };
  },
  loaders: ({ responsibility }) => responsibility.loaders(),
  nodeTypes: [['Responsibility', ResponsibilityEntity, (loaders) => loaders.responsibilityById]],
  resolvers: [
    RetractResolver('Responsibility', 'responsibility', 'responsibility'),
    ResponsibilityResolver,
    ResponsibilityBulkResolver,
    ResponsibilitySubscriptionResolver,
    ActorResponsibilitiesResolver,
    AreaResponsibilitiesResolver,
    ForumResponsibilitiesResolver,
    ObjectiveResponsibilitiesResolver,
    PersonResponsibilitiesResolver,
    StrategyResponsibilitiesResolver,
    TopicResponsibilitiesResolver,
  ],
});

// What other modules use of this one.
export { RACI_OF, RACI_ROLES, distinctRoles, raciLetters } from './raci';
export type { RaciRole } from './raci';
export { RESPONSIBILITY_ROLES, ResponsibilityEntity, subjectOf } from './responsibility.entity';
export type { ResponsibilityRole, SubjectKind } from './responsibility.entity';
export { responsibilityCitations } from './responsibility.service';
export { RaciRoleEnum, ResponsibilityRoleEnum, ResponsibilityType } from './responsibility.types';
export type { ResponsibilityService } from './responsibility.service';
