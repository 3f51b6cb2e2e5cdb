import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { assertEveryRootFieldHasAccessRule, authChecker } from './core/graphql/access';
import { NodeResolver } from './core/graphql/node.resolver';
import { ActorResolver } from './modules/actor/actor.resolver';
import { AreaResolver } from './modules/area/area.resolver';
import { CitationResolver } from './modules/citation/citation.resolver';
import { SourceResolver } from './modules/source/source.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { ActorPositionsResolver, PositionResolver } from './modules/person/position.resolver';
import { ForumResolver, StrategyForumsResolver } from './modules/forum/forum.resolver';
import {
  ActorMembershipsResolver,
  ForumMembershipResolver,
  PersonRepresentationsResolver,
} from './modules/forum/membership.resolver';
import {
  ActorStrategiesResolver,
  AreaStrategiesResolver,
  StrategyResolver,
} from './modules/strategy/strategy.resolver';
import { ObjectiveResolver } from './modules/strategy/objective.resolver';
import { IndicatorResolver } from './modules/strategy/indicator.resolver';
import { MeasurementResolver } from './modules/strategy/measurement.resolver';
import { TopicResolver } from './modules/topic/topic.resolver';
import {
  RESPONSIBILITY_LIST_RESOLVERS,
  ResponsibilityResolver,
} from './modules/responsibility/responsibility.resolver';
import { CollaborationScaleResolver } from './modules/collaboration/scale.resolver';
import { CollaborationLevelResolver } from './modules/collaboration/level.resolver';
import { CollaborationFactorResolver } from './modules/collaboration/factor.resolver';
import {
  ActorAssessmentsResolver,
  AssessedFactorResolver,
  CollaborationAssessmentResolver,
  ForumAssessmentsResolver,
} from './modules/collaboration/assessment.resolver';
import { ForumMeetingsResolver, MeetingResolver } from './modules/meeting/meeting.resolver';
import { AgendaItemResolver, PresenterResolver } from './modules/meeting/agenda-item.resolver';
import { DecisionResolver } from './modules/meeting/decision.resolver';
import { ActionResolver, ActorActionsResolver } from './modules/meeting/action.resolver';
import { SearchResolver } from './modules/search/search.resolver';
import { ChangeResolver } from './modules/changes/changes.resolver';
import './node-types';

export const RESOLVERS = [
  NodeResolver,
  AreaResolver,
  SourceResolver,
  CitationResolver,
  ActorResolver,
  PersonResolver,
  PositionResolver,
  ActorPositionsResolver,
  ForumResolver,
  StrategyForumsResolver,
  ForumMembershipResolver,
  ActorMembershipsResolver,
  PersonRepresentationsResolver,
  StrategyResolver,
  ActorStrategiesResolver,
  AreaStrategiesResolver,
  ObjectiveResolver,
  IndicatorResolver,
  MeasurementResolver,
  TopicResolver,
  ResponsibilityResolver,
  ...RESPONSIBILITY_LIST_RESOLVERS,
  CollaborationScaleResolver,
  CollaborationLevelResolver,
  CollaborationFactorResolver,
  CollaborationAssessmentResolver,
  AssessedFactorResolver,
  ForumAssessmentsResolver,
  ActorAssessmentsResolver,
  MeetingResolver,
  ForumMeetingsResolver,
  AgendaItemResolver,
  PresenterResolver,
  DecisionResolver,
  ActionResolver,
  ActorActionsResolver,
  SearchResolver,
  ChangeResolver,
] as const;

let schema: GraphQLSchema | undefined;

/** The API's GraphQL schema; needs no database. Refuses root fields without an access rule. */
export function buildApiSchema(): GraphQLSchema {
  if (!schema) {
    schema = buildSchemaSync({
      resolvers: [...RESOLVERS],
      authChecker,
      validate: false,
    });
    assertEveryRootFieldHasAccessRule(schema);
  }
  return schema;
}
