import { registerNodeType } from './core/graphql/node';
import type DataLoader from 'dataloader';
import type { Loaders } from './loaders';
import { ActorEntity } from './modules/actor/actor.entity';
import { AreaEntity } from './modules/area/area.entity';
import { SourceEntity } from './modules/source/source.entity';
import { PersonEntity } from './modules/person/person.entity';
import { PositionEntity } from './modules/person/position.entity';
import { ForumEntity } from './modules/forum/forum.entity';
import { ForumMembershipEntity } from './modules/forum/membership.entity';
import { StrategyEntity } from './modules/strategy/strategy.entity';
import { ObjectiveEntity } from './modules/strategy/objective.entity';
import { IndicatorEntity } from './modules/strategy/indicator.entity';
import { MeasurementEntity } from './modules/strategy/measurement.entity';
import { TopicEntity } from './modules/topic/topic.entity';
import { ResponsibilityEntity } from './modules/responsibility/responsibility.entity';
import { CollaborationScaleEntity } from './modules/collaboration/scale.entity';
import { CollaborationLevelEntity } from './modules/collaboration/level.entity';
import { CollaborationFactorEntity } from './modules/collaboration/factor.entity';
import { CollaborationAssessmentEntity } from './modules/collaboration/assessment.entity';
import { MeetingEntity } from './modules/meeting/meeting.entity';
import { AgendaItemEntity } from './modules/meeting/agenda-item.entity';
import { DecisionEntity } from './modules/meeting/decision.entity';
import { ActionEntity } from './modules/meeting/action.entity';
import { ReviewEntity } from './modules/review/review.entity';
import { ReviewFindingEntity } from './modules/review/review-finding.entity';
import { ReviewShiftEntity } from './modules/review/review-shift.entity';
import { OpenQuestionEntity } from './modules/review/open-question.entity';

/** The types `node(id:)` can refetch: GraphQL name, entity (to tell records apart), id loader. */
/** The request's loaders that load one record by id. */
type ByIdLoader = {
  [K in keyof Loaders]: Loaders[K] extends DataLoader<string, object | null> ? K : never;
}[keyof Loaders];

const NODE_TYPES: [string, abstract new (...args: never[]) => object, ByIdLoader][] = [
  ['Area', AreaEntity, 'areaById'],
  ['Source', SourceEntity, 'sourceById'],
  ['Actor', ActorEntity, 'actorById'],
  ['Person', PersonEntity, 'personById'],
  ['Position', PositionEntity, 'positionById'],
  ['Forum', ForumEntity, 'forumById'],
  ['ForumMembership', ForumMembershipEntity, 'forumMembershipById'],
  ['Strategy', StrategyEntity, 'strategyById'],
  ['Objective', ObjectiveEntity, 'objectiveById'],
  ['Indicator', IndicatorEntity, 'indicatorById'],
  ['Measurement', MeasurementEntity, 'measurementById'],
  ['Topic', TopicEntity, 'topicById'],
  ['Responsibility', ResponsibilityEntity, 'responsibilityById'],
  ['CollaborationScale', CollaborationScaleEntity, 'collaborationScaleById'],
  ['CollaborationLevel', CollaborationLevelEntity, 'collaborationLevelById'],
  ['CollaborationFactor', CollaborationFactorEntity, 'collaborationFactorById'],
  ['CollaborationAssessment', CollaborationAssessmentEntity, 'collaborationAssessmentById'],
  ['Meeting', MeetingEntity, 'meetingById'],
  ['AgendaItem', AgendaItemEntity, 'agendaItemById'],
  ['Decision', DecisionEntity, 'decisionById'],
  ['Action', ActionEntity, 'actionById'],
  ['Review', ReviewEntity, 'reviewById'],
  ['ReviewFinding', ReviewFindingEntity, 'reviewFindingById'],
  ['ReviewShift', ReviewShiftEntity, 'reviewShiftById'],
  ['OpenQuestion', OpenQuestionEntity, 'openQuestionById'],
];

for (const [name, entity, loader] of NODE_TYPES) {
  registerNodeType({ name, entity, loader: (context) => context.loaders[loader] });
}
