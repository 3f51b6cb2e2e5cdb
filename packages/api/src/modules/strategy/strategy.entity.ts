import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const STRATEGY_KINDS = [
  'REGIONAL_DEVELOPMENT_STRATEGY',
  'PROGRAMME',
  'EU_PROGRAMME',
  'ACTION_PLAN',
] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export const STRATEGY_STATUSES = ['PROPOSED', 'ACTIVE', 'ENDED'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** The fields that change in the world, so hold for periods (core/db/timeline.ts). */
export const STRATEGY_TIMED_FIELDS = ['ownerId', 'status'] as const;
/** A strategy, programme or plan: what a region (or the EU) means to achieve, over a period. */
@Entity('strategy')
export class StrategyEntity extends RecordEntity {
  @Column('text')
  kind: StrategyKind;

  @Column('text')
  name: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Column('text')
  slug: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column('uuid', { name: 'area_id', nullable: true })
  areaId: string | null;

  /** The first day the strategy covers. */
  @Column('date', { name: 'period_from', nullable: true })
  periodFrom: string | null;

  /** The last day the strategy covers. */
  @Column('date', { name: 'period_to', nullable: true })
  periodTo: string | null;

  @Column('text')
  status: StrategyStatus;

  /** The strategy this one carries out (an action plan of a regional development strategy). */
  @Column('uuid', { name: 'implements_id', nullable: true })
  implementsId: string | null;
}
