import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/**
 * How well a forum, or a pair of actors, collaborates on a date: either `forumId` is set, or
 * both `actorAId` and `actorBId` (two different actors), never both shapes.
 */
@Entity('collaboration_assessment')
export class CollaborationAssessmentEntity extends RecordEntity {
  @Column('uuid', { name: 'forum_id', nullable: true })
  forumId: string | null;

  @Column('uuid', { name: 'actor_a_id', nullable: true })
  actorAId: string | null;

  @Column('uuid', { name: 'actor_b_id', nullable: true })
  actorBId: string | null;

  @Column('date')
  date: string;

  @Column('uuid', { name: 'scale_id', nullable: true })
  scaleId: string | null;

  /** A level of the scale in `scaleId`. */
  @Column('uuid', { name: 'level_id', nullable: true })
  levelId: string | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;
}

/** One factor as an assessment rates it (a row of collaboration_assessment_factor). */
export interface AssessedFactor {
  factorId: string;
  rating?: number | null;
  comment?: string | null;
}
