import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** A theme actors work on that is not (yet) an objective of a strategy: "Påverkansarbete". */
@Entity('topic')
export class TopicEntity extends RecordEntity {
  @Column('text')
  name: string;

  @Column('text')
  slug: string;

  @Column('text', { nullable: true })
  description: string | null;
}
