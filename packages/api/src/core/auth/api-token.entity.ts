import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles';

/** What a token may do: read what its holder may read, and write what its holder may write. */
export const TOKEN_SCOPES = ['READ', 'WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * An API token: a user's own (it acts for them), or a service account's (no user; `role`). Only
 * a SHA-256 hash of the secret is stored; the secret is shown once.
 */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** A service account's role; for a user's token, the user's role when it was made. */
  @Column('text')
  role: Role;

  @Column('text', { name: 'token_hash', select: false })
  tokenHash: string;

  /** The first characters of the secret, so a person can tell tokens apart in a list. */
  @Column('text', { name: 'display_prefix' })
  displayPrefix: string;

  /** The user it acts for; null for a service account's. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('text', { array: true })
  scopes: TokenScope[];

  /** Its area limits: a service account's areas; for a user's token, narrower than its user's. */
  @Column('uuid', { name: 'area_ids', array: true })
  areaIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  /** When it was last used (to the minute). */
  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
