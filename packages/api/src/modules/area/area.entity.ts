import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** The kinds of Sweden's reference areas (see `reference/`): every database has all of them. */
export const REFERENCE_AREA_KINDS = [
  'COUNTRY',
  'NUTS1',
  'NUTS2',
  'COUNTY',
  'MUNICIPALITY',
] as const;
/** The kinds of the areas admins add, drawn across municipalities. */
export const CUSTOM_AREA_KINDS = [
  'LEADER_AREA',
  'LABOUR_MARKET_REGION',
  'PROGRAMME_AREA',
  'OTHER',
] as const;
export const AREA_KINDS = [...REFERENCE_AREA_KINDS, ...CUSTOM_AREA_KINDS] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
export type ReferenceAreaKind = (typeof REFERENCE_AREA_KINDS)[number];

export const isReferenceKind = (kind: string): kind is ReferenceAreaKind =>
  (REFERENCE_AREA_KINDS as readonly string[]).includes(kind);

/**
 * A territory: a country, a NUTS region, a county, a municipality (reference data), or an area an
 * admin drew across municipalities (`area_municipality` lists those it covers).
 */
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
