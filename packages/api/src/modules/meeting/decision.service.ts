import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import type { KindAndId } from '../../core/db/one-of-reference';
import { byIdLoader, childrenLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalDate, requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { DECISION_SUBJECT, DecisionEntity, type DecisionSubjectKind } from './decision.entity';
import { ReviewEntity } from '../review';
import { MeetingEntity } from './meeting.entity';
import { HOME_AREAS } from '../area';

export interface DecisionFields {
  text: string;
  date?: string | null;
  meetingId?: string | null;
  /** What it is about: a strategy, objective, forum or topic; or nothing in particular. */
  subject?: KindAndId<DecisionSubjectKind> | null;
  /** The review it answers. */
  reviewId?: string | null;
  sources?: Citation[];
}
export type DecisionUpdateInput = UpdateInput<DecisionFields>;

export const decisionCitations = new CitationStore('decision_citation', 'decision_id');

/** Decisions: the words decided, when, at which meeting, about what. */
export class DecisionService extends CitedRecordService<DecisionEntity, DecisionFields> {
  protected readonly entity = DecisionEntity;
  protected readonly recordType = 'Decision';
  protected readonly label = 'decision';
  protected override readonly home = HOME_AREAS.decision;
  protected readonly citations = decisionCitations;

  protected async validate(
    tx: EntityManager,
    input: DecisionFields,
    _id: string | null,
  ): Promise<Validated<DecisionEntity, Citation[]>> {
    const errors = new FieldErrors();
    const text = requiredText(errors, 'text', input.text, 'The decision', 5000);
    const date = optionalDate(errors, 'date', input.date) ?? null;
    const meetingId = input.meetingId ?? null;
    if (meetingId && !(await tx.getRepository(MeetingEntity).existsBy({ id: meetingId }))) {
      errors.add('meeting', 'NOT_FOUND', 'No meeting has this id.');
    }
    const reviewId = input.reviewId ?? null;
    if (reviewId && !(await tx.getRepository(ReviewEntity).existsBy({ id: reviewId }))) {
      errors.add('review', 'NOT_FOUND', 'No review has this id.');
    }
    const subject = input.subject ?? null;
    await DECISION_SUBJECT.check(tx, errors, 'subject', subject);
    await decisionCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { text, date, meetingId, reviewId, ...DECISION_SUBJECT.values(subject) },
      links: input.sources ?? [],
    };
  }

  protected override async read(
    tx: EntityManager,
    decision: DecisionEntity,
  ): Promise<DecisionFields> {
    return { ...(await super.read(tx, decision)), subject: DECISION_SUBJECT.of(decision) };
  }

  loaders() {
    const ds = this.dataSource;
    /** In the order they were recorded. */
    const orderBy: [string, 'ASC'][] = [
      ['decision.created_at', 'ASC'],
      ['decision.id', 'ASC'],
    ];
    return {
      decisionById: () => byIdLoader(ds, DecisionEntity),
      /** A meeting's decisions, in the order they were recorded. */
      decisionsOfMeeting: () =>
        childrenLoader(ds, DecisionEntity, {
          alias: 'decision',
          parentColumn: 'meeting_id',
          parentProperty: 'meetingId',
          orderBy,
        }),
      /** The decisions answering a review, in the order they were recorded. */
      decisionsOfReview: () =>
        childrenLoader(ds, DecisionEntity, {
          alias: 'decision',
          parentColumn: 'review_id',
          parentProperty: 'reviewId',
          orderBy,
        }),
    };
  }
}
