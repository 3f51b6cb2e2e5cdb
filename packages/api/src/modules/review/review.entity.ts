import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/**
 * A review of a forum (utvärdering, uppföljning): why and how it was made, by whose commission,
 * the themes it keeps shaping. Its contact persons stand beside it (review_contact); its findings,
 * shifts, open questions and decisions point to it.
 */
@Entity('review')
export class ReviewEntity extends RecordEntity {
  @Column('uuid', { name: 'forum_id' })
  forumId: string;

  @Column('text')
  title: string;

  /** Why it was made, e.g. the law and a new EU programme period. */
  @Column('text', { nullable: true })
  background: string | null;

  @Column('text', { nullable: true })
  goal: string | null;

  /** How it was made, e.g. "Ett 30-tal intervjuer …". */
  @Column('text', { nullable: true })
  method: string | null;

  @Column('date', { nullable: true })
  date: string | null;

  @Column('uuid', { name: 'commissioned_by_id', nullable: true })
  commissionedById: string | null;

  /** The themes the forum keeps shaping, in order. */
  @Column('text', { array: true })
  themes: string[];
}
