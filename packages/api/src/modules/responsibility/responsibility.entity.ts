import { Column, Entity } from 'typeorm';
import { ValidTimeEntity } from '../../core/db/record-entity';

export const RESPONSIBILITY_ROLES = [
  'LEADS',
  'CONVENES',
  'EXECUTES',
  'FUNDS',
  'CONTRIBUTES',
  'CONSULTED',
  'INFORMED',
] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export const RESPONSIBILITY_STATUSES = ['PROPOSED', 'ACTIVE', 'ENDED'] as const;
export type ResponsibilityStatus = (typeof RESPONSIBILITY_STATUSES)[number];

/** The kinds of subject a responsibility can be for, and the column that holds each. */
export const SUBJECT_COLUMNS = {
  Strategy: 'strategyId',
  Objective: 'objectiveId',
  Forum: 'forumId',
  Area: 'areaId',
  Topic: 'topicId',
} as const;
export type SubjectKind = keyof typeof SUBJECT_COLUMNS;

/** An actor's role for one subject, under a mandate, for a period [validFrom, validTo). */
@Entity('responsibility')
export class ResponsibilityEntity extends ValidTimeEntity {
  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  @Column('uuid', { name: 'person_id', nullable: true })
  personId: string | null;

  @Column('text')
  role: ResponsibilityRole;

  @Column('uuid', { name: 'strategy_id', nullable: true })
  strategyId: string | null;

  @Column('uuid', { name: 'objective_id', nullable: true })
  objectiveId: string | null;

  @Column('uuid', { name: 'forum_id', nullable: true })
  forumId: string | null;

  @Column('uuid', { name: 'area_id', nullable: true })
  areaId: string | null;

  @Column('uuid', { name: 'topic_id', nullable: true })
  topicId: string | null;

  @Column('text', { nullable: true })
  mandate: string | null;

  @Column('text', { name: 'mandate_reference', nullable: true })
  mandateReference: string | null;

  @Column('text')
  status: ResponsibilityStatus;
}

/** The subject a responsibility is for: which kind, and its id. */
export function subjectOf(responsibility: ResponsibilityEntity): { kind: SubjectKind; id: string } {
  for (const [kind, property] of Object.entries(SUBJECT_COLUMNS) as [
    SubjectKind,
    keyof ResponsibilityEntity,
  ][]) {
    const id = responsibility[property];
    if (typeof id === 'string') return { kind, id };
  }
  throw new Error(`Responsibility ${responsibility.id} has no subject`);
}
