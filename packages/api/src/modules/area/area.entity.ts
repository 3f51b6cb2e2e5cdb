import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const AREA_KINDS = ['COUNTRY', 'NUTS2', 'COUNTY', 'MUNICIPALITY', 'OTHER'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** A territory: a country, a NUTS region, a county, a municipality. */
@Entity('area')
export class AreaEntity extends RecordEntity {
  /** The official code: county "23", municipality "2380", NUTS "SE32". Unique. */
  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: AreaKind;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;
}
