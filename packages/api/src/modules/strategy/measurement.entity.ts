import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** One value of an indicator on a date; at most one per indicator and date. */
@Entity('measurement')
export class MeasurementEntity extends RecordEntity {
  @Column('uuid', { name: 'indicator_id' })
  indicatorId: string;

  @Column('date')
  date: string;

  @Column('double precision')
  value: number;

  /** The document the figure comes from. */
  @Column('uuid', { name: 'source_id', nullable: true })
  sourceId: string | null;

  @Column('text', { nullable: true })
  note: string | null;
}
