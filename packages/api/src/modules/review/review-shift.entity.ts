import { Column, Entity } from 'typeorm';
import { ReviewPartEntity } from './review-part.entity';

/** A change a review calls for: from X ("detaljfokus") to Y ("helhet och strategi"). */
@Entity('review_shift')
export class ReviewShiftEntity extends ReviewPartEntity {
  @Column('text', { name: 'from_text' })
  from: string;

  @Column('text', { name: 'to_text' })
  to: string;
}
