import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const FORUM_KINDS = [
  'PARTNERSHIP',
  'PRESIDIUM',
  'COUNCIL',
  'WORKING_GROUP',
  'NETWORK',
  'WEBINAR_SERIES',
] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const FORUM_STATUSES = ['PROPOSED', 'ACTIVE', 'DISSOLVED'] as const;
export type ForumStatus = (typeof FORUM_STATUSES)[number];

/** The fields that change in the world, so hold for periods (core/db/timeline.ts). */
export const FORUM_TIMED_FIELDS = ['chairId', 'convenorId', 'status', 'parentId'] as const;

/** A body where actors meet: a partnership, a council, a working group, a network … */
@Entity('forum')
export class ForumEntity extends RecordEntity {
  @Column('text')
  kind: ForumKind;

  @Column('text')
  name: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Column('text')
  slug: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The forum's stated goal. */
  @Column('text', { nullable: true })
  goal: string | null;

  /** Purpose statements, in the order the sources give them. */
  @Column('text', { array: true })
  purpose: string[];

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('uuid', { name: 'convenor_id', nullable: true })
  convenorId: string | null;

  @Column('uuid', { name: 'chair_id', nullable: true })
  chairId: string | null;

  @Column('uuid', { name: 'area_id', nullable: true })
  areaId: string | null;

  @Column('text')
  status: ForumStatus;

  /** The first day it no longer exists: set exactly when the status is DISSOLVED. */
  @Column('date', { name: 'dissolved_on', nullable: true })
  dissolvedOn: string | null;
}
