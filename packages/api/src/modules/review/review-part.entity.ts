import { Column } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** What every part of a review (finding, shift, open question) has: its review and its place. */
export abstract class ReviewPartEntity extends RecordEntity {
  @Column('uuid', { name: 'review_id' })
  reviewId: string;

  /** Its place among the review's parts of its kind, from 1; ties keep the order of recording. */
  @Column('integer')
  position: number;
}
