import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const COLLABORATION_FACTOR_CATEGORIES = [
  'EFFECT',
  'ENABLER',
  'CHALLENGE',
  'STRUCTURAL_BARRIER',
] as const;
export type CollaborationFactorCategory = (typeof COLLABORATION_FACTOR_CATEGORIES)[number];

/** Something that collaboration brings or that makes or breaks it ("Engagerat ledarskap"). */
@Entity('collaboration_factor')
export class CollaborationFactorEntity extends RecordEntity {
  @Column('text')
  category: CollaborationFactorCategory;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The order within its category. */
  @Column('integer')
  position: number;
}
