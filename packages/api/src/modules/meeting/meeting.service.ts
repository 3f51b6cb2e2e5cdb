import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors, reportedOn } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalText, requiredText } from '../../core/validate';
import { localDateTime } from '../../core/valid-time';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { ForumEntity } from '../forum';
import { agendaOrder, reorderAgenda } from './agenda-item.service';
import { MEETING_FORMATS, MeetingEntity, type MeetingFormat } from './meeting.entity';
import { HOME_AREAS } from '../area';

export interface MeetingFields {
  forumId: string;
  startsAt: Date;
  endsAt?: Date | null;
  title: string;
  theme?: string | null;
  format?: MeetingFormat | null;
  seriesPosition?: number | null;
  sources?: Citation[];
  /** The agenda's items in order: shown in the audit log, changed by `reorderAgenda` only. */
  agendaItemIds?: string[];
}
/** A meeting stays with its forum: updates cannot move it to another. */
export type MeetingUpdateInput = UpdateInput<Omit<MeetingFields, 'forumId' | 'agendaItemIds'>>;

/** Which meetings a forum lists: starting in [from, to); null is unbounded. */
export interface MeetingPeriod {
  from: Date | null;
  to: Date | null;
}

export const meetingCitations = new CitationStore('meeting_citation', 'meeting_id');

const isInstant = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Meetings of a forum: a start (and maybe an end after it), a title, a place in a series unique
 * in the forum. The agenda's order belongs to the meeting: reordering it is a change of the
 * meeting, versioned and audited.
 */
export class MeetingService extends CitedRecordService<MeetingEntity, MeetingFields> {
  protected readonly entity = MeetingEntity;
  protected readonly recordType = 'Meeting';
  protected readonly label = 'meeting';
  protected override readonly home = HOME_AREAS.meeting;
  protected readonly citations = meetingCitations;

  /**
   * Sets the order of all the meeting's agenda items at once: a change of the meeting (its
   * version goes up, the audit log shows `agendaItemIds` before and after). Errors about the
   * meeting itself are reported on `meeting`.
   */
  async reorderAgenda(
    caller: Caller,
    input: { meetingId: string; version: number; itemIds: string[] },
  ): Promise<MeetingEntity> {
    try {
      return await this.transition(
        caller,
        'UPDATE',
        { id: input.meetingId, version: input.version },
        async (meeting, errors, tx) => {
          await reorderAgenda(tx, errors, meeting.id, input.itemIds);
          return {};
        },
      );
    } catch (error) {
      throw reportedOn(error, 'id', 'meeting');
    }
  }

  protected async validate(
    tx: EntityManager,
    input: MeetingFields,
    id: string | null,
  ): Promise<Validated<MeetingEntity, Citation[]>> {
    const errors = new FieldErrors();
    const title = requiredText(errors, 'title', input.title, 'The title', 300);
    const theme = optionalText(errors, 'theme', input.theme, 'The theme', 1000) ?? null;
    const { startsAt } = input;
    const endsAt = input.endsAt ?? null;
    if (!isInstant(startsAt)) errors.add('startsAt', 'REQUIRED', 'Give when the meeting starts.');
    if (endsAt !== null && !isInstant(endsAt)) {
      errors.add('endsAt', 'INVALID', 'Give a date and time with its offset.');
    } else if (endsAt && isInstant(startsAt) && endsAt <= startsAt) {
      errors.add(
        'endsAt',
        'INVALID_PERIOD',
        `A meeting must end after it starts: ${localDateTime(endsAt)} is not after ${localDateTime(startsAt)} (Europe/Stockholm).`,
      );
    }
    const format = input.format ?? null;
    if (format !== null && !MEETING_FORMATS.includes(format)) {
      errors.add('format', 'INVALID', 'Unknown format.');
    }
    const forum = await tx.getRepository(ForumEntity).findOneBy({ id: input.forumId });
    const forumExists = forum !== null;
    if (!forum) errors.add('forum', 'NOT_FOUND', 'No forum has this id.');
    else if (
      forum.dissolvedOn &&
      isInstant(startsAt) &&
      localDateTime(startsAt).slice(0, 10) >= forum.dissolvedOn
    ) {
      errors.add(
        'startsAt',
        'ENDED',
        `The forum was dissolved on ${forum.dissolvedOn}: it holds no meetings from that day.`,
      );
    }
    const seriesPosition = input.seriesPosition ?? null;
    if (seriesPosition !== null) {
      if (!Number.isInteger(seriesPosition) || seriesPosition < 1) {
        errors.add('seriesPosition', 'INVALID', 'A place in a series is a whole number from 1.');
      } else if (forumExists) {
        await this.checkSeriesPosition(tx, errors, input.forumId, seriesPosition, id);
      }
    }
    await meetingCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { forumId: input.forumId, startsAt, endsAt, title, theme, format, seriesPosition },
      links: input.sources ?? [],
    };
  }

  private async checkSeriesPosition(
    tx: EntityManager,
    errors: FieldErrors,
    forumId: string,
    seriesPosition: number,
    id: string | null,
  ) {
    const [taken]: { title: string }[] = await tx.query(
      `SELECT title FROM meeting
       WHERE forum_id = $1 AND series_position = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [forumId, seriesPosition, id],
    );
    if (taken) {
      errors.add(
        'seriesPosition',
        'TAKEN',
        `Meeting ${seriesPosition} of this forum's series is already "${taken.title}".`,
      );
    }
  }

  protected override async read(tx: EntityManager, meeting: MeetingEntity): Promise<MeetingFields> {
    return { ...(await super.read(tx, meeting)), agendaItemIds: await agendaOrder(tx, meeting.id) };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      meetingById: () => byIdLoader(ds, MeetingEntity),
      /** A forum's meetings starting in [from, to), by start. */
      meetingsOfForum: () =>
        loaderFamily(({ from, to }: MeetingPeriod) =>
          childrenLoader(ds, MeetingEntity, {
            alias: 'meeting',
            parentColumn: 'forum_id',
            parentProperty: 'forumId',
            // Only the ends given: see `batchedRead` on generic plans.
            where: [
              [
                ...(from ? ['meeting.starts_at >= CAST(:from AS timestamptz)'] : []),
                ...(to ? ['meeting.starts_at < CAST(:to AS timestamptz)'] : []),
              ].join(' AND ') || 'TRUE',
              { from, to },
            ],
            orderBy: [
              ['meeting.starts_at', 'ASC'],
              ['meeting.id', 'ASC'],
            ],
          }),
        ),
    };
  }
}
