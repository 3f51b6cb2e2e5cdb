import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import { RecordEntity } from '../../core/db/record-entity';

/**
 * A receiver an admin registered: every change of the kinds it asks for (in its area, when it
 * has one) is POSTed to its URL, signed with its secret. The secret (column `secret`) is no
 * property: what is loaded to show never holds it; only the dispatcher reads it, to sign.
 */
@Entity('webhook')
export class WebhookEntity extends RecordEntity {
  @Column('text')
  url: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** The record types it is told of ("Actor", as the audit log names them); none: all. */
  @Column('text', { name: 'record_types', array: true })
  recordTypes: string[];

  /** The operations it is told of; none: all. */
  @Column('text', { array: true })
  operations: AuditOperation[];

  /** Only changes to records whose home areas lie in this area (or are it); null: everywhere. */
  @Column('uuid', { name: 'area_id', nullable: true })
  areaId: string | null;

  /** False while paused, by an admin or after too many failed attempts in a row. */
  @Column('boolean')
  active: boolean;

  @Column('timestamptz', { name: 'paused_at', nullable: true })
  pausedAt: Date | null;

  @Column('text', { name: 'paused_reason', nullable: true })
  pausedReason: string | null;

  /** Failed attempts since its last delivered one. */
  @Column('integer', { name: 'consecutive_failures' })
  consecutiveFailures: number;
}

export const DELIVERY_STATUSES = ['PENDING', 'RETRYING', 'DELIVERED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One change (an audit event) for one webhook: queued, retried, delivered. */
@Entity('webhook_delivery')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'webhook_id' })
  webhookId: string;

  /** The audit event: the change's id, as receivers get it. */
  @Column('bigint', { name: 'event_id' })
  eventId: string;

  @Column('text')
  status: DeliveryStatus;

  @Column('integer')
  attempts: number;

  /** When it is next tried (while an attempt runs, when that attempt's claim lapses). */
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  @Column('integer', { name: 'last_response_status', nullable: true })
  lastResponseStatus: number | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
