import type { DataSource } from 'typeorm';
import { AuditService } from './core/audit/audit.service';
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
import { SearchService } from './modules/search/search.service';
import { ChangeService } from './modules/changes/changes.service';

/** One instance of each service for the process; they hold no per-request state. */
export function createServices(dataSource: DataSource) {
  const audit = new AuditService(dataSource);
  const services = {
    dataSource,
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
    objective: new ObjectiveService(dataSource, audit),
    indicator: new IndicatorService(dataSource, audit),
    measurement: new MeasurementService(dataSource, audit),
    topic: new TopicService(dataSource, audit),
    responsibility: new ResponsibilityService(dataSource, audit),
    collaborationScale: new CollaborationScaleService(dataSource, audit),
    collaborationLevel: new CollaborationLevelService(dataSource, audit),
    collaborationFactor: new CollaborationFactorService(dataSource, audit),
    collaborationAssessment: new CollaborationAssessmentService(dataSource, audit),
    meeting: new MeetingService(dataSource, audit),
    agendaItem: new AgendaItemService(dataSource, audit),
    decision: new DecisionService(dataSource, audit),
    action: new ActionService(dataSource, audit),
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
    }),
  };
  return services;
}

export type Services = ReturnType<typeof createServices>;
