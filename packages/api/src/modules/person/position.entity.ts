import { Column, Entity } from 'typeorm';
import { ValidTimeEntity } from '../../core/db/record-entity';

/** A person's title at an actor for a period [validFrom, validTo). */
@Entity('position')
export class PositionEntity extends ValidTimeEntity {
  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('uuid', { name: 'actor_id' })
  actorId: string;

  @Column('text')
  title: string;
}
