import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActionEntity } from './action.entity';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { ActorActionsResolver } from './actor.fields';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaItemResolver, PresenterResolver } from './agenda-item.resolver';
import { AgendaItemService } from './agenda-item.service';
import { DecisionEntity } from './decision.entity';
import { DecisionResolver } from './decision.resolver';
import { DecisionService } from './decision.service';
import { ForumMeetingsResolver } from './forum.fields';
import { MeetingEntity } from './meeting.entity';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { Meetings1763900500000 } from './migrations/1763900500000-Meetings';

/** A forum's meetings: agendas with presenters, decisions and actions. */
export const meetingModule = defineModule({
  name: 'meeting',
  entities: [MeetingEntity, AgendaItemEntity, DecisionEntity, ActionEntity],
  migrations: [Meetings1763900500000],
  services: ({ dataSource, audit }) => ({
    meeting: new MeetingService(dataSource, audit),
    agendaItem: new AgendaItemService(dataSource, audit),
    decision: new DecisionService(dataSource, audit),
    action: new ActionService(dataSource, audit),
  }),
  loaders: ({ meeting, agendaItem, decision, action }) => ({
    ...meeting.loaders(),
    ...agendaItem.loaders(),
    ...decision.loaders(),
    ...action.loaders(),
  }),
  nodeTypes: [
    ['Meeting', MeetingEntity, (loaders) => loaders.meetingById],
    ['AgendaItem', AgendaItemEntity, (loaders) => loaders.agendaItemById],
    ['Decision', DecisionEntity, (loaders) => loaders.decisionById],
    ['Action', ActionEntity, (loaders) => loaders.actionById],
  ],
  resolvers: [
    RetractResolver('AgendaItem', 'agenda item', 'agendaItem'),
    RetractResolver('Decision', 'decision', 'decision'),
    RetractResolver('Action', 'action', 'action'),
    MeetingResolver,
    AgendaItemResolver,
    PresenterResolver,
    DecisionResolver,
    ActionResolver,
    ActorActionsResolver,
    ForumMeetingsResolver,
  ],
});

// What other modules use of this one.
export type { ActionEntity, ActionStatus } from './action.entity';
export { ActionType } from './action.types';
export { AgendaItemEntity } from './agenda-item.entity';
export type { AgendaItemService } from './agenda-item.service';
export { AgendaItemPayload, AgendaItemType } from './agenda-item.types';
export type { DecisionEntity, DecisionSubjectKind } from './decision.entity';
export { DecisionType } from './decision.types';
