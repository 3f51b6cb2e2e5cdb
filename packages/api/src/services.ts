import type { DataSource } from 'typeorm';
import { AuditService } from './core/audit/audit.service';
import { CommittedChanges } from './core/db/committed-changes';
import { TokenService } from './core/auth/token.service';
import { ActorService } from './modules/actor/actor.service';
import { AreaService } from './modules/area/area.service';
import { SourceService } from './modules/source/source.service';
import { PersonService } from './modules/person/person.service';
import { PositionService } from './modules/person/position.service';
import { ForumService } from './modules/forum/forum.service';
import { ForumMembershipService } from './modules/forum/membership.service';
import { StrategyService } from './modules/strategy/strategy.service';
import { ObjectiveService } from './modules/strategy/objective.service';
import { IndicatorService } from './modules/strategy/indicator.service';
import { MeasurementService } from './modules/strategy/measurement.service';
import { TopicService } from './modules/topic/topic.service';
import { ResponsibilityService } from './modules/responsibility/responsibility.service';
import { CollaborationScaleService } from './modules/collaboration/scale.service';
import { CollaborationLevelService } from './modules/collaboration/level.service';
import { CollaborationFactorService } from './modules/collaboration/factor.service';
import { CollaborationAssessmentService } from './modules/collaboration/assessment.service';
import { MeetingService } from './modules/meeting/meeting.service';
import { AgendaItemService } from './modules/meeting/agenda-item.service';
import { DecisionService } from './modules/meeting/decision.service';
import { ActionService } from './modules/meeting/action.service';
import { ReviewService } from './modules/review/review.service';
import { ReviewFindingService } from './modules/review/review-finding.service';
import { ReviewShiftService } from './modules/review/review-shift.service';
import { OpenQuestionService } from './modules/review/open-question.service';
import { FollowUpService } from './modules/review/follow-up.service';
import { MapService } from './modules/map/map.service';
import { RaciMatrixService } from './modules/raci/raci-matrix.service';
import { ResponsibilityCheckService } from './modules/raci/responsibility-check.service';
import { ForumCompositionService } from './modules/composition/composition.service';
import { SearchService } from './modules/search/search.service';
import { ChangeService } from './modules/changes/changes.service';

/**
 * One instance of each service for the process; they hold no per-request state. `dataSource` must
 * be initialized (`changes` registers itself on it).
 */
export function createServices(dataSource: DataSource) {
  const changes = new CommittedChanges(dataSource);
  const audit = new AuditService(dataSource, changes);
  const agendaItem = new AgendaItemService(dataSource, audit);
  const objective = new ObjectiveService(dataSource, audit);
  const services = {
    dataSource,
    /** `changes.onCommitted(listener)`: every audited change, after its transaction commits. */
    changes,
    audit,
    token: new TokenService(dataSource),
    area: new AreaService(dataSource, audit),
    source: new SourceService(dataSource, audit),
    actor: new ActorService(dataSource, audit),
    person: new PersonService(dataSource, audit),
    position: new PositionService(dataSource, audit),
    forum: new ForumService(dataSource, audit),
    forumMembership: new ForumMembershipService(dataSource, audit),
    strategy: new StrategyService(dataSource, audit),
    objective,
    indicator: new IndicatorService(dataSource, audit),
    measurement: new MeasurementService(dataSource, audit),
    topic: new TopicService(dataSource, audit),
    responsibility: new ResponsibilityService(dataSource, audit),
    collaborationScale: new CollaborationScaleService(dataSource, audit),
    collaborationLevel: new CollaborationLevelService(dataSource, audit),
    collaborationFactor: new CollaborationFactorService(dataSource, audit),
    collaborationAssessment: new CollaborationAssessmentService(dataSource, audit),
    meeting: new MeetingService(dataSource, audit),
    agendaItem,
    decision: new DecisionService(dataSource, audit),
    action: new ActionService(dataSource, audit),
    review: new ReviewService(dataSource, audit),
    reviewFinding: new ReviewFindingService(dataSource, audit),
    reviewShift: new ReviewShiftService(dataSource, audit),
    openQuestion: new OpenQuestionService(dataSource, audit),
    followUp: new FollowUpService(dataSource, agendaItem),
    map: new MapService(dataSource),
    raciMatrix: new RaciMatrixService(dataSource, objective),
    responsibilityCheck: new ResponsibilityCheckService(dataSource, objective),
    forumComposition: new ForumCompositionService(dataSource),
    search: new SearchService(dataSource),
    change: new ChangeService(dataSource),
    /** Fresh DataLoaders: call once per request so no cache outlives it. */
    loaders: () => ({
      ...services.area.loaders(),
      ...services.source.loaders(),
      ...services.actor.loaders(),
      ...services.person.loaders(),
      ...services.position.loaders(),
      ...services.forum.loaders(),
      ...services.forumMembership.loaders(),
      ...services.strategy.loaders(),
      ...services.objective.loaders(),
      ...services.indicator.loaders(),
      ...services.measurement.loaders(),
      ...services.topic.loaders(),
      ...services.responsibility.loaders(),
      ...services.collaborationScale.loaders(),
      ...services.collaborationLevel.loaders(),
      ...services.collaborationFactor.loaders(),
      ...services.collaborationAssessment.loaders(),
      ...services.meeting.loaders(),
      ...services.agendaItem.loaders(),
      ...services.decision.loaders(),
      ...services.action.loaders(),
      ...services.review.loaders(),
      ...services.reviewFinding.loaders(),
      ...services.reviewShift.loaders(),
      ...services.openQuestion.loaders(),
      ...services.map.loaders(),
      ...services.forumComposition.loaders(),
    }),
  };
  return services;
}

export type Services = ReturnType<typeof createServices>;
