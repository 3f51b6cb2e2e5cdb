import { Column, Entity } from 'typeorm';
import { ReviewPartEntity } from './review-part.entity';

/** Something a review found: a title, a text, bullet points, maybe a category. */
@Entity('review_finding')
export class ReviewFindingEntity extends ReviewPartEntity {
  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  text: string | null;

  /** Bullet points, in order. */
  @Column('text', { array: true })
  points: string[];

  /** A free-text category, as the review groups its findings. */
  @Column('text', { nullable: true })
  category: string | null;
}
