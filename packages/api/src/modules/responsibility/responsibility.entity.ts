import { Column, Entity } from 'typeorm';
import { OneOfReference, type KindAndId } from '../../core/db/one-of-reference';
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

/** What a responsibility can be for: one column per kind of subject, exactly one set. */
export const RESPONSIBILITY_SUBJECT = new OneOfReference({
  Strategy: { property: 'strategyId', table: 'strategy' },
  Objective: { property: 'objectiveId', table: 'objective' },
  Forum: { property: 'forumId', table: 'forum' },
  Area: { property: 'areaId', table: 'area' },
  Topic: { property: 'topicId', table: 'topic' },
});
export type SubjectKind = (typeof RESPONSIBILITY_SUBJECT)['kinds'][number];

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

  /** The person acts for the actor from outside, holding no position there. */
  @Column('boolean', { name: 'person_is_external', default: false })
  personIsExternal: boolean;
}

/** The subject a responsibility is for: which kind, and its id. */
export function subjectOf(responsibility: ResponsibilityEntity): KindAndId<SubjectKind> {
  const subject = RESPONSIBILITY_SUBJECT.of(responsibility);
  if (!subject) throw new Error(`Responsibility ${responsibility.id} has no subject`);
  return subject;
}
