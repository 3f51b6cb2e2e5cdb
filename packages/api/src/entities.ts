import { AuditEventEntity } from './core/audit/audit-event.entity';
import { ApiTokenEntity } from './core/auth/api-token.entity';
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

/** Every TypeORM entity, listed so builds and tests need no file globbing. */
export const ENTITIES = [
  ApiTokenEntity,
  AuditEventEntity,
  AreaEntity,
  SourceEntity,
  ActorEntity,
  PersonEntity,
  PositionEntity,
  ForumEntity,
  ForumMembershipEntity,
  StrategyEntity,
  ObjectiveEntity,
  IndicatorEntity,
  MeasurementEntity,
  TopicEntity,
  ResponsibilityEntity,
  CollaborationScaleEntity,
  CollaborationLevelEntity,
  CollaborationFactorEntity,
  CollaborationAssessmentEntity,
  MeetingEntity,
  AgendaItemEntity,
  DecisionEntity,
  ActionEntity,
  ReviewEntity,
  ReviewFindingEntity,
  ReviewShiftEntity,
  OpenQuestionEntity,
];
