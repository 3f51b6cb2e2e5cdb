import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** A scale the health of collaboration is assessed on, e.g. "Samhandlingstrappan". */
@Entity('collaboration_scale')
export class CollaborationScaleEntity extends RecordEntity {
  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { nullable: true })
  description: string | null;
}
