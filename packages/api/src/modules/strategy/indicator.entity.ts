import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'MAINTAIN'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** What follows up an objective: a measurable figure with a baseline and a target. */
@Entity('indicator')
export class IndicatorEntity extends RecordEntity {
  @Column('uuid', { name: 'objective_id' })
  objectiveId: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  unit: string | null;

  @Column('double precision', { nullable: true })
  baseline: number | null;

  @Column('date', { name: 'baseline_date', nullable: true })
  baselineDate: string | null;

  @Column('double precision', { nullable: true })
  target: number | null;

  @Column('date', { name: 'target_date', nullable: true })
  targetDate: string | null;

  @Column('text')
  direction: IndicatorDirection;
}
