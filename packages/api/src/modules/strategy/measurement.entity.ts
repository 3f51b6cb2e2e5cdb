import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** One value of an indicator on a date; at most one per indicator and date. */
@Entity('measurement')
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
