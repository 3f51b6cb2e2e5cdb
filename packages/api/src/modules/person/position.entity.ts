import { Column, Entity } from 'typeorm';
import { ValidTimeEntity } from '../../core/db/record-entity';

/** A person's place at an actor, with its title when the sources give one, for [validFrom, validTo). */
@Entity('position')
export class PositionEntity extends ValidTimeEntity {
  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  /** Null when the sources name the person with the actor but give no title. */
  @Column('text', { nullable: true })
  title: string | null;
}
