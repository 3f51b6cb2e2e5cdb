import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalDate, optionalDescription, requiredText } from '../../core/validate';
import { ActorEntity } from '../actor';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { PersonEntity } from '../person';
import { OpenQuestionEntity } from '../review';
import { ACTION_STATUSES, ActionEntity, type ActionStatus } from './action.entity';
import { MeetingEntity } from './meeting.entity';
import { HOME_AREAS } from '../area';

export interface ActionFields {
  title: string;
  description?: string | null;
  ownerId: string;
  personId?: string | null;
  due?: string | null;
  /** Default: OPEN. */
  status?: ActionStatus | null;
  meetingId?: string | null;
  /** The open question of a review it follows up. */
  openQuestionId?: string | null;
  sources?: Citation[];
}
/** The status changes through `setStatus`, not with the other fields. */
export type ActionUpdateInput = UpdateInput<Omit<ActionFields, 'status'>>;

export const actionCitations = new CitationStore('action_citation', 'action_id');

/** Order of every list of actions: by due date (none last), then title. */
const ACTION_ORDER: [string, 'ASC', 'NULLS LAST'?][] = [
  ['action.due', 'ASC', 'NULLS LAST'],
  ['action.title', 'ASC'],
  ['action.id', 'ASC'],
];

/** Actions: what an actor (and maybe one of its people) has undertaken to do, and by when. */
export class ActionService extends CitedRecordService<ActionEntity, ActionFields> {
  protected readonly entity = ActionEntity;
  protected readonly recordType = 'Action';
  protected readonly label = 'action';
  protected override readonly home = HOME_AREAS.action;
  protected readonly citations = actionCitations;

  /** Moves an action to another status; audited as an UPDATE with the status before and after. */
  setStatus(caller: Caller, input: { id: string; version: number; status: ActionStatus }) {
    return this.transition(caller, 'UPDATE', input, (_current, errors) => {
      if (!ACTION_STATUSES.includes(input.status))
        errors.add('status', 'INVALID', 'Unknown status.');
      return { status: input.status };
    });
  }

  protected async validate(
    tx: EntityManager,
    input: ActionFields,
    _id: string | null,
  ): Promise<Validated<ActionEntity, Citation[]>> {
    const errors = new FieldErrors();
    const values = {
      title: requiredText(errors, 'title', input.title, 'The title', 300),
      description: optionalDescription(errors, input.description),
      ownerId: input.ownerId,
      personId: input.personId ?? null,
      due: optionalDate(errors, 'due', input.due) ?? null,
      status: input.status ?? 'OPEN',
      meetingId: input.meetingId ?? null,
      openQuestionId: input.openQuestionId ?? null,
    };
    if (!ACTION_STATUSES.includes(values.status))
      errors.add('status', 'INVALID', 'Unknown status.');
    if (!values.ownerId) errors.add('owner', 'REQUIRED', 'An action has an owner: an actor.');
    else if (!(await tx.getRepository(ActorEntity).existsBy({ id: values.ownerId }))) {
      errors.add('owner', 'NOT_FOUND', 'No actor has this id.');
    }
    if (
      values.personId &&
      !(await tx.getRepository(PersonEntity).existsBy({ id: values.personId }))
    ) {
      errors.add('person', 'NOT_FOUND', 'No person has this id.');
    }
    if (
      values.meetingId &&
      !(await tx.getRepository(MeetingEntity).existsBy({ id: values.meetingId }))
    ) {
      errors.add('meeting', 'NOT_FOUND', 'No meeting has this id.');
    }
    if (
      values.openQuestionId &&
      !(await tx.getRepository(OpenQuestionEntity).existsBy({ id: values.openQuestionId }))
    ) {
      errors.add('openQuestion', 'NOT_FOUND', 'No open question has this id.');
    }
    await actionCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values, links: input.sources ?? [] };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      actionById: () => byIdLoader(ds, ActionEntity),
      /** The actions a meeting agreed on. */
      actionsOfMeeting: () =>
        childrenLoader(ds, ActionEntity, {
          alias: 'action',
          parentColumn: 'meeting_id',
          parentProperty: 'meetingId',
          orderBy: ACTION_ORDER,
        }),
      /** The actions that follow up an open question of a review. */
      actionsOfOpenQuestion: () =>
        childrenLoader(ds, ActionEntity, {
          alias: 'action',
          parentColumn: 'open_question_id',
          parentProperty: 'openQuestionId',
          orderBy: ACTION_ORDER,
        }),
      /** The actions an actor owns, optionally of one status. */
      actionsOfActor: () =>
        loaderFamily(({ status }: { status: ActionStatus | null }) =>
          childrenLoader(ds, ActionEntity, {
            alias: 'action',
            parentColumn: 'owner_id',
            parentProperty: 'ownerId',
            where: status ? ['action.status = :status', { status }] : undefined,
            orderBy: ACTION_ORDER,
          }),
        ),
    };
  }
}
