import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** One step of a collaboration scale; `rank` orders the steps, 1 first, once per scale. */
@Entity('collaboration_level')
export class CollaborationLevelEntity extends RecordEntity {
  @Column('uuid', { name: 'scale_id' })
  scaleId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('integer')
  rank: number;
}
