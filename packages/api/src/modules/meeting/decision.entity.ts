import { Column, Entity } from 'typeorm';
import { OneOfReference } from '../../core/db/one-of-reference';
import { RecordEntity } from '../../core/db/record-entity';

/** What a decision can be about: one column per kind, at most one set. */
export const DECISION_SUBJECT = new OneOfReference({
  Strategy: { property: 'strategyId', table: 'strategy' },
  Objective: { property: 'objectiveId', table: 'objective' },
  Forum: { property: 'forumId', table: 'forum' },
  Topic: { property: 'topicId', table: 'topic' },
});
export type DecisionSubjectKind = (typeof DECISION_SUBJECT)['kinds'][number];

/** A decision, taken at a meeting or elsewhere, optionally about one subject. */
@Entity('decision')
export class DecisionEntity extends RecordEntity {
  @Column('text')
  text: string;

  @Column('date', { nullable: true })
  date: string | null;

  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId: string | null;

  @Column('uuid', { name: 'strategy_id', nullable: true })
  strategyId: string | null;

  @Column('uuid', { name: 'objective_id', nullable: true })
  objectiveId: string | null;

  @Column('uuid', { name: 'forum_id', nullable: true })
  forumId: string | null;

  @Column('uuid', { name: 'topic_id', nullable: true })
  topicId: string | null;

  /** The review it answers, if any. */
  @Column('uuid', { name: 'review_id', nullable: true })
  reviewId: string | null;
}
