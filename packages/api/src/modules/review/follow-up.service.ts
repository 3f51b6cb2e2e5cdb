import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import {
  AgendaItemEntity,
  type ActionEntity,
  type ActionStatus,
  type AgendaItemService,
} from '../meeting';
import type { OpenQuestionEntity } from './open-question.entity';

export const FOLLOW_UP_STATUSES = ['NO_ACTION', 'OPEN', 'DONE', 'CANCELLED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** How far the follow-up of an open question has come, from the status of its actions. */
export function followUpStatus(actions: { status: ActionStatus }[]): FollowUpStatus {
  if (actions.length === 0) return 'NO_ACTION';
  if (actions.some((action) => action.status === 'OPEN' || action.status === 'IN_PROGRESS')) {
    return 'OPEN';
  }
  return actions.some((action) => action.status === 'DONE') ? 'DONE' : 'CANCELLED';
}

/** One open question of a review, the actions that follow it up, and how far they have come. */
export interface ReviewFollowUp {
  openQuestion: OpenQuestionEntity;
  actions: ActionEntity[];
  status: FollowUpStatus;
}

/** The request's loaders the follow-up is read through. */
export interface FollowUpLoaders {
  openQuestionsOfReview: DataLoader<string, OpenQuestionEntity[]>;
  actionsOfOpenQuestion: DataLoader<string, ActionEntity[]>;
}

/** What to put on an agenda: an open question of a review, or an action (exactly one). */
export interface FollowUpScheduleInput {
  openQuestionId?: string | null;
  actionId?: string | null;
}

/** What is taken up, as found: its title, its forum (if any) and the input field naming it. */
interface TakenUp {
  field: 'openQuestion' | 'action';
  title: string;
  forumId: string | null;
  forumName: string | null;
}

/**
 * Follow-up of reviews, so nothing raised in one is lost: each open question with the actions
 * that answer it and their joint status, and putting a question or an action on the agenda of
 * its forum's next meeting. Agenda items are written by the agenda item service.
 */
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agendaItems: AgendaItemService,
  ) {}

  /**
   * A review's open questions in order, each with its actions and their status. Read through the
   * request's loaders, so the follow-up of a page of reviews costs two statements in all.
   */
  async ofReview(loaders: FollowUpLoaders, reviewId: string): Promise<ReviewFollowUp[]> {
    const questions = await loaders.openQuestionsOfReview.load(reviewId);
    const actions = await loaders.actionsOfOpenQuestion.loadMany(questions.map((q) => q.id));
    return questions.map((openQuestion, index) => {
      const its = actions[index];
      if (its instanceof Error) throw its;
      return { openQuestion, actions: its, status: followUpStatus(its) };
    });
  }

  /**
   * Puts an open question or an action on the agenda of the next meeting of its forum (the
   * question's review's forum; for an action, its meeting's forum or else its open question's):
   * the first meeting starting after now, as the last item, titled like what it takes up.
   * Idempotent: when an upcoming meeting of that forum already takes it up, that agenda item is
   * the answer and nothing is written (what is taken up is locked, so calls at once agree).
   */
  schedule(caller: Caller, input: FollowUpScheduleInput): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (tx) => {
      const errors = new FieldErrors();
      const takenUp = await this.takenUp(tx, errors, input);
      errors.throwIfAny();
      const { field, title, forumId, forumName } = takenUp as TakenUp;
      const scheduled = forumId && (await this.upcomingItem(tx, forumId, input));
      if (scheduled) return scheduled;
      const [next]: { id: string }[] = forumId
        ? await tx.query(
            `SELECT id FROM meeting WHERE forum_id = $1 AND starts_at > now()
             ORDER BY starts_at, id LIMIT 1`,
            [forumId],
          )
        : [];
      if (!forumId) {
        errors.add(
          field,
          'NOT_FOUND',
          'This action belongs to no forum: it has no meeting and follows up no open question of a review. Put it on an agenda with agendaItemCreate.',
        );
      } else if (!next) {
        errors.add(
          field,
          'NOT_FOUND',
          `The forum "${forumName}" has no upcoming meeting: record its next meeting first, then put this on its agenda.`,
        );
      }
      errors.throwIfAny();
      return this.agendaItems.create(
        caller,
        {
          meetingId: next.id,
          title,
          openQuestionId: input.openQuestionId ?? null,
          actionId: input.actionId ?? null,
        },
        tx,
      );
    });
  }

  /** The item of an upcoming meeting of the forum that already takes up the question or action. */
  private async upcomingItem(
    tx: EntityManager,
    forumId: string,
    { openQuestionId, actionId }: FollowUpScheduleInput,
  ): Promise<AgendaItemEntity | null> {
    const [item]: { id: string }[] = await tx.query(
      `SELECT item.id FROM agenda_item item JOIN meeting ON meeting.id = item.meeting_id
       WHERE meeting.forum_id = $1 AND meeting.starts_at > now()
         AND (item.open_question_id = $2 OR item.action_id = $3)
       ORDER BY meeting.starts_at, meeting.id LIMIT 1`,
      [forumId, openQuestionId ?? null, actionId ?? null],
    );
    return item ? tx.getRepository(AgendaItemEntity).findOneByOrFail({ id: item.id }) : null;
  }

  /**
   * The open question or action to take up, with its forum; exactly one must be given. Locks it
   * until the transaction ends.
   */
  private async takenUp(
    tx: EntityManager,
    errors: FieldErrors,
    input: FollowUpScheduleInput,
  ): Promise<TakenUp | null> {
    const { openQuestionId, actionId } = input;
    if (openQuestionId && actionId) {
      errors.add('action', 'INVALID', 'Give an open question or an action, not both.');
      return null;
    }
    if (!openQuestionId && !actionId) {
      errors.add(
        'openQuestion',
        'REQUIRED',
        'Give the open question or the action to put on the next agenda.',
      );
      return null;
    }
    const [found]: { title: string; forum_id: string | null; forum_name: string | null }[] =
      openQuestionId
        ? await tx.query(
            `SELECT q.title, f.id AS forum_id, f.name AS forum_name
             FROM open_question q JOIN review r ON r.id = q.review_id JOIN forum f ON f.id = r.forum_id
             WHERE q.id = $1 FOR NO KEY UPDATE OF q`,
            [openQuestionId],
          )
        : await tx.query(
            `SELECT a.title, f.id AS forum_id, f.name AS forum_name
             FROM action a
               LEFT JOIN meeting m ON m.id = a.meeting_id
               LEFT JOIN open_question q ON q.id = a.open_question_id
               LEFT JOIN review r ON r.id = q.review_id
               LEFT JOIN forum f ON f.id = coalesce(m.forum_id, r.forum_id)
             WHERE a.id = $1 FOR NO KEY UPDATE OF a`,
            [actionId],
          );
    const field = openQuestionId ? 'openQuestion' : 'action';
    if (!found) {
      errors.add(
        field,
        'NOT_FOUND',
        openQuestionId ? 'No open question has this id.' : 'No action has this id.',
      );
      return null;
    }
    return { field, title: found.title, forumId: found.forum_id, forumName: found.forum_name };
  }
}
