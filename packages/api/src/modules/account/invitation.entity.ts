import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../core/auth/roles';

/**
 * An admin's invitation to become a user: a one-time link, valid for a week. The first admin's,
 * made by the product on start, names no one: whoever opens it gives their e-mail address.
 */
@Entity('user_invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { name: 'display_name', nullable: true })
  displayName: string | null;

  @Column('text')
  role: Role;

  /** The areas the user will edit, as an `EDITOR`. */
  @Column('uuid', { name: 'area_ids', array: true })
  areaIds: string[];

  @Column('text', { name: 'secret_hash', select: false })
  secretHash: string;

  /** The admin who invited; null for the first admin's invitation. */
  @Column('uuid', { name: 'invited_by', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  /** The user it made, once accepted. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  /** When an admin (or a newer first-admin invitation) withdrew it unused. */
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;
}
