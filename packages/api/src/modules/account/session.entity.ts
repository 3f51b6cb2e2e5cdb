import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The server side of a signed-in browser: its cookie carries the secret, kept here hashed. */
@Entity('user_session')
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { name: 'secret_hash', select: false })
  secretHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was last used (to the minute): idle longer than allowed, it has expired. */
  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt: Date;

  /** When it expires however much it is used. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  /** When it was signed out or ended (by its user, a password change, a disabled account). */
  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column('text', { nullable: true })
  ip: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent: string | null;
}
