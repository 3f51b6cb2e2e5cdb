import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/**
 * One item of a meeting's agenda. Its presenters, objectives and topics stand in tables beside it
 * (agenda_item_presenter, agenda_item_objective, agenda_item_topic).
 */
@Entity('agenda_item')
export class AgendaItemEntity extends RecordEntity {
  @Column('uuid', { name: 'meeting_id' })
  meetingId: string;

  /** Its place on the agenda, 1-based; unique per meeting. */
  @Column('integer')
  position: number;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The open question of a review it takes up; at most one of this and `actionId`. */
  @Column('uuid', { name: 'open_question_id', nullable: true })
  openQuestionId: string | null;

  /** The action it takes up; at most one of this and `openQuestionId`. */
  @Column('uuid', { name: 'action_id', nullable: true })
  actionId: string | null;
}
