import 'reflect-metadata';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import type { GraphQLSchema } from 'graphql';
import { assertEveryRootFieldHasAccessRule, authChecker } from './core/graphql/access';
import { NodeResolver } from './core/graphql/node.resolver';
import { RecordChangeResolver } from './core/graphql/record-change.resolver';
import { ActorResolver } from './modules/actor/actor.resolver';
import { AreaResolver } from './modules/area/area.resolver';
import { CitationResolver } from './modules/citation/citation.resolver';
import { SourceResolver } from './modules/source/source.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { ActorPositionsResolver, PositionResolver } from './modules/person/position.resolver';
import { ForumResolver, StrategyForumsResolver } from './modules/forum/forum.resolver';
import { ForumMembershipSubscriptionResolver } from './modules/forum/membership.subscription';
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
import { MeasurementSubscriptionResolver } from './modules/strategy/measurement.subscription';
import { TopicResolver } from './modules/topic/topic.resolver';
import {
  RESPONSIBILITY_LIST_RESOLVERS,
  ResponsibilityResolver,
} from './modules/responsibility/responsibility.resolver';
import { ResponsibilitySubscriptionResolver } from './modules/responsibility/responsibility.subscription';
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
import {
  DecisionReviewResolver,
  ForumReviewsResolver,
  ReviewContactResolver,
  ReviewResolver,
} from './modules/review/review.resolver';
import { ReviewFindingResolver } from './modules/review/review-finding.resolver';
import { ReviewShiftResolver } from './modules/review/review-shift.resolver';
import { OpenQuestionResolver } from './modules/review/open-question.resolver';
import {
  ActionFollowUpResolver,
  AgendaItemFollowUpResolver,
  FollowUpResolver,
} from './modules/review/follow-up.resolver';
import { MapEdgeResolver, MapNodeResolver, MapResolver } from './modules/map/map.resolver';
import { RACI_RESOLVERS } from './modules/raci/raci.resolver';
import { COMPOSITION_RESOLVERS } from './modules/composition/composition.resolver';
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
  ReviewResolver,
  ReviewContactResolver,
  ForumReviewsResolver,
  DecisionReviewResolver,
  ReviewFindingResolver,
  ReviewShiftResolver,
  OpenQuestionResolver,
  FollowUpResolver,
  ActionFollowUpResolver,
  AgendaItemFollowUpResolver,
  MapResolver,
  MapNodeResolver,
  MapEdgeResolver,
  RecordChangeResolver,
  ResponsibilitySubscriptionResolver,
  ForumMembershipSubscriptionResolver,
  MeasurementSubscriptionResolver,
  ...RACI_RESOLVERS,
  ...COMPOSITION_RESOLVERS,
  SearchResolver,
  ChangeResolver,
] as const;

/** For schemas that never deliver events (the SDL printer): type-graphql requires a pub/sub. */
const UNUSED_PUB_SUB = createPubSub();
const schemas = new WeakMap<PubSub, GraphQLSchema>();

/**
 * The API's GraphQL schema; needs no database. Refuses root fields without an access rule.
 * Subscriptions listen on `pubSub` (an app's `LiveEvents.pubSub`); without one the schema is the
 * same, its subscriptions just never receive anything. One schema is built per pub/sub, so two
 * apps in one process (tests) each deliver their own events.
 */
export function buildApiSchema(pubSub: PubSub = UNUSED_PUB_SUB): GraphQLSchema {
  let schema = schemas.get(pubSub);
  if (!schema) {
    schema = buildSchemaSync({
      resolvers: [...RESOLVERS],
      authChecker,
      pubSub,
      validate: false,
    });
    assertEveryRootFieldHasAccessRule(schema);
    schemas.set(pubSub, schema);
  }
  return schema;
}
