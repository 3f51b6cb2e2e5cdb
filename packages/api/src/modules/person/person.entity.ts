import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** A person in a public role. Never more personal data than the role needs. */
@Entity('person')
export class PersonEntity extends RecordEntity {
  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  /** A public work contact (e-mail or telephone of the role), only where published. */
  @Column('text', { name: 'work_contact', nullable: true })
  workContact: string | null;

  /** They object to publication (GDPR art. 21): anonymous callers do not see them. */
  @Column('boolean', { name: 'objects_to_publication', default: false })
  objectsToPublication: boolean;
}
