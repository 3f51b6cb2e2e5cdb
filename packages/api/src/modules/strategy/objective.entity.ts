import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** An objective of a strategy ("2.1 Ökad tillgänglighet"), possibly under another objective. */
@Entity('objective')
export class ObjectiveEntity extends RecordEntity {
  @Column('uuid', { name: 'strategy_id' })
  strategyId: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  code: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The order among its siblings. */
  @Column('integer')
  position: number;
}
