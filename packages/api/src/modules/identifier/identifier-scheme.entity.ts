import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';
import type { IdentifiedKind } from './schemes';

/**
 * A register whose identifiers records may carry: a built-in one (checked in code as well, see
 * `schemes.ts`) or one an admin added, checked by its pattern.
 */
@Entity('identifier_scheme')
export class IdentifierSchemeEntity extends RecordEntity {
  /** The key identifiers name it by; never changes. */
  @Column('text')
  name: string;

  @Column('text')
  description: string;

  /** The form of a value in normal form, as a regular expression (whole value); null: any. */
  @Column('text', { nullable: true })
  pattern: string | null;

  @Column('text', { name: 'applies_to', array: true })
  appliesTo: IdentifiedKind[];
}
