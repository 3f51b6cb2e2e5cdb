import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** The quadruple helix. */
export const ACTOR_SECTORS = ['PUBLIC', 'BUSINESS', 'ACADEMIA', 'CIVIL_SOCIETY'] as const;
export type ActorSector = (typeof ACTOR_SECTORS)[number];

export const ACTOR_LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'EU'] as const;
export type ActorLevel = (typeof ACTOR_LEVELS)[number];

export const ACTOR_TYPES = [
  'REGION',
  'MUNICIPALITY',
  'MUNICIPAL_ASSOCIATION',
  'COUNTY_ADMINISTRATIVE_BOARD',
  'GOVERNMENT_AGENCY',
  'INDIGENOUS_PARLIAMENT',
  'UNIVERSITY',
  'BUSINESS_ORGANISATION',
  'BUSINESS_SUPPORT',
  'COOPERATIVE_DEVELOPMENT',
  'SPORTS_FEDERATION',
  'TOURISM_ORGANISATION',
  'CHAMBER_OF_COMMERCE',
  'EU_PROGRAMME_BODY',
  'CONSULTANCY',
  'POLITICAL_BODY',
  'COMPANY',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_TYPES)[number];

/** The fields that change in the world, so hold for periods (core/db/timeline.ts). */
export const ACTOR_TIMED_FIELDS = ['parentId', 'areaIds'] as const;

/** An organisation taking part in regional development. Archived, never deleted. */
@Entity('actor')
export class ActorEntity extends RecordEntity {
  @Column('text')
  name: string;

  @Column('text', { name: 'short_name', nullable: true })
  shortName: string | null;

  @Column('text')
  slug: string;

  @Column('text')
  sector: ActorSector;

  @Column('text')
  level: ActorLevel;

  @Column('text')
  type: ActorKind;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column({ type: 'timestamptz', name: 'archived_at', nullable: true, precision: 3 })
  archivedAt: Date | null;

  /** The first day it no longer acts (valid time); set with `archivedAt`, null while active. */
  @Column('date', { name: 'archived_on', nullable: true })
  archivedOn: string | null;

  /** The actor it was reorganised into, from `archivedOn` (see `actorSucceed`); null: none. */
  @Column('uuid', { name: 'successor_id', nullable: true })
  successorId: string | null;
}
