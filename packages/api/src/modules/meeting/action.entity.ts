import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Something an actor (and maybe a person of it) has undertaken to do, often at a meeting. */
@Entity('action')
export class ActionEntity extends RecordEntity {
  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('uuid', { name: 'person_id', nullable: true })
  personId: string | null;

  @Column('date', { nullable: true })
  due: string | null;

  @Column('text')
  status: ActionStatus;

  /** The meeting that agreed on it. */
  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId: string | null;

  /** The open question of a review it follows up. */
  @Column('uuid', { name: 'open_question_id', nullable: true })
  openQuestionId: string | null;
}
