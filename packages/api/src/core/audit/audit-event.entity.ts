import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_OPERATIONS = [
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'END',
  'RESTORE',
  'RETRACT',
  'ERASE',
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** One change to one record: who, when, what, and the record before and after. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', name: 'occurred_at', precision: 3 })
  occurredAt: Date;

  @Column('text')
  operation: AuditOperation;

  @Column('text', { name: 'record_type' })
  recordType: string;

  @Column('uuid', { name: 'record_id' })
  recordId: string;

  @Column('uuid', { name: 'token_id', nullable: true })
  tokenId: string | null;

  @Column('text', { name: 'actor_name' })
  actorName: string;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  /** Why: required of a retraction. */
  @Column('text', { nullable: true })
  reason: string | null;
}
