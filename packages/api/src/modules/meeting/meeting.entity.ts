import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record-entity';

export const MEETING_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** One meeting of a forum: when (instants, time-zone aware), what about, and in which form. */
@Entity('meeting')
export class MeetingEntity extends RecordEntity {
  @Column('uuid', { name: 'forum_id' })
  forumId: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt: Date | null;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  theme: string | null;

  @Column('text', { nullable: true })
  format: MeetingFormat | null;

  /** Its place in a series ("webinar 2 of 5"); unique per forum. */
  @Column('integer', { name: 'series_position', nullable: true })
  seriesPosition: number | null;
}
