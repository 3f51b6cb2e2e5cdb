import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

/** A document that records cite: a report, a slide deck, a decision, a web page. */
@Entity('source')
export class SourceEntity extends RecordEntity {
  @Column('text')
  title: string;

  @Column('uuid', { name: 'publisher_id', nullable: true })
  publisherId: string | null;

  /** The date the document bears (YYYY-MM-DD), when it bears one. */
  @Column('date', { name: 'published_on', nullable: true })
  publishedOn: string | null;

  @Column('text', { nullable: true })
  url: string | null;

  @Column('text', { name: 'file_name', nullable: true })
  fileName: string | null;

  /** The document's text, when the register holds it: quotations are checked against it. */
  @Column('text', { nullable: true })
  text: string | null;
}
