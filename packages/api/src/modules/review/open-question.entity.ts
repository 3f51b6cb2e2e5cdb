import { Column, Entity } from 'typeorm';
import { ReviewPartEntity } from './review-part.entity';

/**
 * A question a review leaves open, e.g. "Beredningsfrågan". Actions may answer it and agenda
 * items take it up (action.open_question_id, agenda_item.open_question_id).
 */
@Entity('open_question')
export class OpenQuestionEntity extends ReviewPartEntity {
  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  text: string | null;

  /** Bullet points, in order. */
  @Column('text', { array: true })
  points: string[];
}
