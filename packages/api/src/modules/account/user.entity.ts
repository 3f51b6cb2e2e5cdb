import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '../../core/auth/roles';

/** A person who signs in: an official, an integrator, an admin. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique whatever its case; what the user signs in with. */
  @Column('text')
  email: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text')
  role: Role;

  /** Where an `EDITOR` may write: these areas and the areas inside them. */
  @Column('uuid', { name: 'area_ids', array: true })
  areaIds: string[];

  /** argon2id, in the PHC string format (its parameters with it). */
  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  /** Set while the user may not sign in; their sessions ended when it was set. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
