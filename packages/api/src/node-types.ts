import { registerNodeType } from './core/graphql/node';
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

/** The types `node(id:)` can refetch, and how to tell their records apart. */
registerNodeType({ name: 'Area', entity: AreaEntity, loader: (c) => c.loaders.areaById });
registerNodeType({ name: 'Source', entity: SourceEntity, loader: (c) => c.loaders.sourceById });
registerNodeType({ name: 'Actor', entity: ActorEntity, loader: (c) => c.loaders.actorById });
registerNodeType({ name: 'Person', entity: PersonEntity, loader: (c) => c.loaders.personById });
registerNodeType({
  name: 'Position',
  entity: PositionEntity,
  loader: (c) => c.loaders.positionById,
});
registerNodeType({ name: 'Forum', entity: ForumEntity, loader: (c) => c.loaders.forumById });
registerNodeType({
  name: 'ForumMembership',
  entity: ForumMembershipEntity,
  loader: (c) => c.loaders.forumMembershipById,
});
registerNodeType({
  name: 'Strategy',
  entity: StrategyEntity,
  loader: (c) => c.loaders.strategyById,
});
registerNodeType({
  name: 'Objective',
  entity: ObjectiveEntity,
  loader: (c) => c.loaders.objectiveById,
});
registerNodeType({
  name: 'Indicator',
  entity: IndicatorEntity,
  loader: (c) => c.loaders.indicatorById,
});
registerNodeType({
  name: 'Measurement',
  entity: MeasurementEntity,
  loader: (c) => c.loaders.measurementById,
});
registerNodeType({ name: 'Topic', entity: TopicEntity, loader: (c) => c.loaders.topicById });
registerNodeType({
  name: 'Responsibility',
  entity: ResponsibilityEntity,
  loader: (c) => c.loaders.responsibilityById,
});
registerNodeType({
  name: 'CollaborationScale',
  entity: CollaborationScaleEntity,
  loader: (c) => c.loaders.collaborationScaleById,
});
registerNodeType({
  name: 'CollaborationLevel',
  entity: CollaborationLevelEntity,
  loader: (c) => c.loaders.collaborationLevelById,
});
registerNodeType({
  name: 'CollaborationFactor',
  entity: CollaborationFactorEntity,
  loader: (c) => c.loaders.collaborationFactorById,
});
registerNodeType({
  name: 'CollaborationAssessment',
  entity: CollaborationAssessmentEntity,
  loader: (c) => c.loaders.collaborationAssessmentById,
});
registerNodeType({ name: 'Meeting', entity: MeetingEntity, loader: (c) => c.loaders.meetingById });
registerNodeType({
  name: 'AgendaItem',
  entity: AgendaItemEntity,
  loader: (c) => c.loaders.agendaItemById,
});
registerNodeType({
  name: 'Decision',
  entity: DecisionEntity,
  loader: (c) => c.loaders.decisionById,
});
registerNodeType({ name: 'Action', entity: ActionEntity, loader: (c) => c.loaders.actionById });
registerNodeType({ name: 'Review', entity: ReviewEntity, loader: (c) => c.loaders.reviewById });
registerNodeType({
  name: 'ReviewFinding',
  entity: ReviewFindingEntity,
  loader: (c) => c.loaders.reviewFindingById,
});
registerNodeType({
  name: 'ReviewShift',
  entity: ReviewShiftEntity,
  loader: (c) => c.loaders.reviewShiftById,
});
registerNodeType({
  name: 'OpenQuestion',
  entity: OpenQuestionEntity,
  loader: (c) => c.loaders.openQuestionById,
});
