import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { checkEachExists } from '../../core/db/link-table';
import { byIdLoader, childrenLoader, groupedLoader } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import {
  optionalDate,
  optionalText,
  requiredText,
  requiredTexts,
  requiredRecord,
} from '../../core/validate';
import { ActorEntity } from '../actor';
import { type Citation, CitationStore } from '../citation';
import { ForumEntity } from '../forum';
import { ReviewEntity } from './review.entity';
import { paginateTitled, type TitledRecordOrder } from '../../core/relay/order';
import { batchedRead } from '../../core/db/read-batch';
import { HOME_AREAS } from '../area';

/** A contact person of a review, with their role as the review writes it. */
export interface ReviewContact {
  personId: string;
  /** E.g. "Ansvarig tjänsteperson". */
  role?: string | null;
}

export interface ReviewFields {
  forumId: string;
  title: string;
  background?: string | null;
  goal?: string | null;
  method?: string | null;
  date?: string | null;
  commissionedById?: string | null;
  /** The themes the forum keeps shaping, in order; each non-blank. */
  themes?: string[] | null;
  /** Contact persons, in order. */
  contacts?: ReviewContact[] | null;
  sources?: Citation[];
}
/** A review stays with its forum: updates cannot move it to another. */
export type ReviewUpdateInput = UpdateInput<Omit<ReviewFields, 'forumId'>>;

interface ReviewLinks {
  contacts: Required<ReviewContact>[];
  sources: Citation[];
}

export const reviewCitations = new CitationStore('review_citation', 'review_id');

interface ContactRow {
  review_id: string;
  person_id: string;
  role: string | null;
}
const contactOf = (row: ContactRow): Required<ReviewContact> => ({
  personId: row.person_id,
  role: row.role,
});

/**
 * Reviews of forums: why, how and when they were made, by whose commission, the themes the forum
 * keeps shaping and the contact persons. Their findings, shifts and open questions have services
 * of their own.
 */
export class ReviewService extends RecordService<ReviewEntity, ReviewFields, ReviewLinks> {
  protected readonly entity = ReviewEntity;
  protected readonly recordType = 'Review';
  protected readonly label = 'review';
  protected override readonly home = HOME_AREAS.review;

  /** Every review, by title. */
  list(page: PageRequest, order: TitledRecordOrder | null = null) {
    const query = this.dataSource.getRepository(ReviewEntity).createQueryBuilder('review');
    return paginateTitled(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: ReviewFields,
    _id: string | null,
  ): Promise<Validated<ReviewEntity, ReviewLinks>> {
    const errors = new FieldErrors();
    const values = {
      forumId: input.forumId,
      title: requiredText(errors, 'title', input.title, 'The title', 300),
      background:
        optionalText(errors, 'background', input.background, 'The background', 5000) ?? null,
      goal: optionalText(errors, 'goal', input.goal, 'The goal', 5000) ?? null,
      method: optionalText(errors, 'method', input.method, 'The method', 5000) ?? null,
      date: optionalDate(errors, 'date', input.date) ?? null,
      commissionedById: input.commissionedById ?? null,
      themes: requiredTexts(errors, 'themes', input.themes, 'A theme', 200),
    };
    await requiredRecord(tx, errors, 'forum', {
      entity: ForumEntity,
      id: values.forumId,
      label: 'forum',
    });
    if (
      values.commissionedById &&
      !(await tx.getRepository(ActorEntity).existsBy({ id: values.commissionedById }))
    ) {
      errors.add('commissionedBy', 'NOT_FOUND', 'No actor has this id.');
    }
    const contacts = await this.validateContacts(tx, errors, input.contacts ?? []);
    await reviewCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values, links: { contacts, sources: input.sources ?? [] } };
  }

  private async validateContacts(
    tx: EntityManager,
    errors: FieldErrors,
    contacts: ReviewContact[],
  ): Promise<Required<ReviewContact>[]> {
    const path = (field: string) => (index: number) => ['contacts', String(index), field];
    await checkEachExists(tx, errors, {
      table: 'person',
      ids: contacts.map((contact) => contact.personId),
      path: path('person'),
      label: 'person',
    });
    return contacts.map((contact, index) => ({
      personId: contact.personId,
      role:
        optionalText(errors, path('role')(index), contact.role, 'A contact’s role', 200) ?? null,
    }));
  }

  protected override async read(tx: EntityManager, review: ReviewEntity): Promise<ReviewFields> {
    const contacts: ContactRow[] = await tx.query(
      'SELECT review_id, person_id, role FROM review_contact WHERE review_id = $1 ORDER BY position',
      [review.id],
    );
    return {
      ...review,
      contacts: contacts.map(contactOf),
      sources: await reviewCitations.snapshot(tx, review.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: ReviewLinks) {
    await tx.query('DELETE FROM review_contact WHERE review_id = $1', [id]);
    if (links.contacts.length > 0) {
      await tx.query(
        `INSERT INTO review_contact (review_id, position, person_id, role)
         SELECT $1, position, person_id, role
         FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS c(person_id, role, position)`,
        [
          id,
          links.contacts.map((contact) => contact.personId),
          links.contacts.map((contact) => contact.role),
        ],
      );
    }
    await reviewCitations.replace(tx, id, links.sources);
  }

  loaders() {
    const ds = this.dataSource;
    return {
      reviewById: () => byIdLoader(ds, ReviewEntity),
      /** A forum's reviews by date (undated last), then title. */
      reviewsOfForum: () =>
        childrenLoader(ds, ReviewEntity, {
          alias: 'review',
          parentColumn: 'forum_id',
          parentProperty: 'forumId',
          orderBy: [
            ['review.date', 'ASC', 'NULLS LAST'],
            ['review.title', 'ASC'],
            ['review.id', 'ASC'],
          ],
        }),
      /** Each review's contact persons, in order. */
      reviewContacts: () =>
        groupedLoader<Required<ReviewContact>>(async (reviewIds) => {
          const rows: ContactRow[] = await batchedRead(
            ds,
            `SELECT review_id, person_id, role FROM review_contact
           WHERE review_id = ANY($1::uuid[]) ORDER BY position`,
            [reviewIds],
          );
          return rows.map((row) => ({ key: row.review_id, value: contactOf(row) }));
        }),
    };
  }
}
