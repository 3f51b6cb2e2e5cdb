import {
  Column,
  CreateDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The columns every record has: a uuid, the version for optimistic concurrency, timestamps. */
export abstract class RecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** A record that holds for a half-open period [validFrom, validTo) (see core/valid-time.ts). */
export abstract class ValidTimeEntity extends RecordEntity {
  @Column('date', { name: 'valid_from', nullable: true })
  validFrom: string | null;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo: string | null;
}
