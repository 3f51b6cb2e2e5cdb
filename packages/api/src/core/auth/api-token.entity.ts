import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles';

/** An API token. Only a SHA-256 hash of the secret is stored; the secret is shown once. */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  /** The first characters of the secret, so a person can tell tokens apart in a list. */
  @Column('text', { name: 'display_prefix' })
  displayPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
