import { writeNewOrder } from '../../core/db/new-order';
import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { checkEachExists, LinkTable } from '../../core/db/link-table';
import { byIdLoader, childrenLoader, groupedLoader } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { optionalDescription, optionalText, requiredText } from '../../core/validate';
import { type Citation, CitationStore } from '../citation';
import { OpenQuestionEntity } from '../review';
import { ActionEntity } from './action.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { batchedRead } from '../../core/db/read-batch';
import { HOME_AREAS } from '../area';

/** Who presents an agenda item: a person, the organisation they speak for, their title then. */
export interface Presenter {
  personId: string;
  actorId?: string | null;
  title?: string | null;
}

export interface AgendaItemFields {
  meetingId: string;
  /** 1-based; default: after the last item. Items at and after it move down one. */
  position?: number | null;
  title: string;
  description?: string | null;
  presenters?: Presenter[];
  objectiveIds?: string[];
  topicIds?: string[];
  /** What it follows up: an open question of a review, or an action; at most one of the two. */
  openQuestionId?: string | null;
  actionId?: string | null;
  sources?: Citation[];
}
/** An item stays on its meeting's agenda, at its place: `agendaReorder` moves items. */
export type AgendaItemUpdateInput = UpdateInput<Omit<AgendaItemFields, 'meetingId' | 'position'>>;

interface AgendaItemLinks {
  /** Set when a new item goes before existing ones: those from `position` on move down one. */
  makeRoom: { meetingId: string; position: number } | null;
  presenters: Required<Presenter>[];
  objectiveIds: string[];
  topicIds: string[];
  sources: Citation[];
}

export const agendaItemCitations = new CitationStore('agenda_item_citation', 'agenda_item_id');
const objectiveLinks = new LinkTable({
  table: 'agenda_item_objective',
  ownerColumn: 'agenda_item_id',
  targetColumn: 'objective_id',
  targetTable: 'objective',
  label: 'objective',
});
const topicLinks = new LinkTable({
  table: 'agenda_item_topic',
  ownerColumn: 'agenda_item_id',
  targetColumn: 'topic_id',
  targetTable: 'topic',
  label: 'topic',
});

interface PresenterRow {
  agenda_item_id: string;
  person_id: string;
  actor_id: string | null;
  title: string | null;
}
const PRESENTER_COLUMNS = 'agenda_item_id, person_id, actor_id, title';
const presenterOf = (row: PresenterRow): Required<Presenter> => ({
  personId: row.person_id,
  actorId: row.actor_id,
  title: row.title,
});

/** The ids of a meeting's agenda items, in order. */
export async function agendaOrder(tx: EntityManager, meetingId: string): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    'SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
    [meetingId],
  );
  return rows.map((row) => row.id);
}

/**
 * Puts a meeting's agenda in the order of `itemIds`, which must name each of its items exactly
 * once (else INVALID on `items`, nothing written). The unique (meeting, position) is checked at
 * commit, so the positions can change in any order.
 */
export async function reorderAgenda(
  tx: EntityManager,
  errors: FieldErrors,
  meetingId: string,
  itemIds: string[],
): Promise<void> {
  await writeNewOrder(tx, errors, {
    table: 'agenda_item',
    parentColumn: 'meeting_id',
    parentId: meetingId,
    current: await agendaOrder(tx, meetingId),
    ids: itemIds,
    field: 'items',
    noun: 'item',
    among: "on this meeting's agenda",
  });
}

/**
 * Agenda items: a title, a place on the agenda, presenters (each a person, optionally the actor
 * they speak for and their title then), and the objectives and topics the item is about.
 */
export class AgendaItemService extends RecordService<
  AgendaItemEntity,
  AgendaItemFields,
  AgendaItemLinks
> {
  protected readonly entity = AgendaItemEntity;
  protected readonly recordType = 'AgendaItem';
  protected readonly label = 'agenda item';
  protected override readonly home = HOME_AREAS.agendaItem;

  protected async validate(
    tx: EntityManager,
    input: AgendaItemFields,
    id: string | null,
  ): Promise<Validated<AgendaItemEntity, AgendaItemLinks>> {
    const errors = new FieldErrors();
    const title = requiredText(errors, 'title', input.title, 'The title', 300);
    const description = optionalDescription(errors, input.description);
    const placed = id === null ? await this.place(tx, errors, input) : null;
    const presenters = await this.validatePresenters(tx, errors, input.presenters ?? []);
    const objectiveIds = await objectiveLinks.validate(
      tx,
      errors,
      'objectives',
      input.objectiveIds ?? [],
    );
    const topicIds = await topicLinks.validate(tx, errors, 'topics', input.topicIds ?? []);
    const followedUp = await this.validateFollowedUp(tx, errors, input);
    await agendaItemCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: {
        title,
        description,
        ...followedUp,
        ...(placed && { meetingId: input.meetingId, position: placed.position }),
      },
      links: {
        makeRoom: placed?.makeRoom
          ? { meetingId: input.meetingId, position: placed.position }
          : null,
        presenters,
        objectiveIds,
        topicIds,
        sources: input.sources ?? [],
      },
    };
  }

  /**
   * A new item's place: the one asked for (1 to one after the last) or after the last. Locks the
   * meeting, so items added at the same time get distinct places.
   */
  private async place(tx: EntityManager, errors: FieldErrors, input: AgendaItemFields) {
    // Lock first, count after: a count in the locking statement would read the snapshot taken
    // before waiting for the lock, and miss the items the transaction it waited for added.
    const locked: unknown[] = await tx.query(
      'SELECT 1 FROM meeting WHERE id = $1 FOR NO KEY UPDATE',
      [input.meetingId],
    );
    if (locked.length === 0) {
      errors.add('meeting', 'NOT_FOUND', 'No meeting has this id.');
      return null;
    }
    const [meeting]: { items: number }[] = await tx.query(
      'SELECT count(*)::int AS items FROM agenda_item WHERE meeting_id = $1',
      [input.meetingId],
    );
    const last = meeting.items + 1;
    const position = input.position ?? last;
    if (!Number.isInteger(position) || position < 1 || position > last) {
      errors.add(
        'position',
        'INVALID',
        `The agenda has ${meeting.items} items: give a place from 1 to ${last}, or none for the end.`,
      );
      return null;
    }
    return { position, makeRoom: position < last };
  }

  /** What the item follows up: an open question or an action, each existing, not both. */
  private async validateFollowedUp(
    tx: EntityManager,
    errors: FieldErrors,
    input: AgendaItemFields,
  ) {
    const openQuestionId = input.openQuestionId ?? null;
    const actionId = input.actionId ?? null;
    if (openQuestionId && actionId) {
      errors.add(
        'action',
        'INVALID',
        'An agenda item takes up an open question or an action, not both: leave one of them out.',
      );
    } else if (
      openQuestionId &&
      !(await tx.getRepository(OpenQuestionEntity).existsBy({ id: openQuestionId }))
    ) {
      errors.add('openQuestion', 'NOT_FOUND', 'No open question has this id.');
    } else if (actionId && !(await tx.getRepository(ActionEntity).existsBy({ id: actionId }))) {
      errors.add('action', 'NOT_FOUND', 'No action has this id.');
    }
    return { openQuestionId, actionId };
  }

  private async validatePresenters(
    tx: EntityManager,
    errors: FieldErrors,
    presenters: Presenter[],
  ): Promise<Required<Presenter>[]> {
    const path = (field: string) => (index: number) => ['presenters', String(index), field];
    await checkEachExists(tx, errors, {
      table: 'person',
      ids: presenters.map((presenter) => presenter.personId),
      path: path('person'),
      label: 'person',
    });
    await checkEachExists(tx, errors, {
      table: 'actor',
      ids: presenters.map((presenter) => presenter.actorId),
      path: path('actor'),
      label: 'actor',
    });
    return presenters.map((presenter, index) => ({
      personId: presenter.personId,
      actorId: presenter.actorId ?? null,
      title:
        optionalText(errors, path('title')(index), presenter.title, 'A presenter’s title', 200) ??
        null,
    }));
  }

  protected override async read(
    tx: EntityManager,
    item: AgendaItemEntity,
  ): Promise<AgendaItemFields> {
    const presenters: PresenterRow[] = await tx.query(
      `SELECT ${PRESENTER_COLUMNS} FROM agenda_item_presenter
       WHERE agenda_item_id = $1 ORDER BY position`,
      [item.id],
    );
    return {
      ...item,
      presenters: presenters.map(presenterOf),
      objectiveIds: await objectiveLinks.snapshot(tx, item.id),
      topicIds: await topicLinks.snapshot(tx, item.id),
      sources: await agendaItemCitations.snapshot(tx, item.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: AgendaItemLinks) {
    if (links.makeRoom) {
      await tx.query(
        `UPDATE agenda_item SET position = position + 1
         WHERE meeting_id = $1 AND position >= $2 AND id <> $3`,
        [links.makeRoom.meetingId, links.makeRoom.position, id],
      );
    }
    await tx.query('DELETE FROM agenda_item_presenter WHERE agenda_item_id = $1', [id]);
    if (links.presenters.length > 0) {
      await tx.query(
        `INSERT INTO agenda_item_presenter (agenda_item_id, position, person_id, actor_id, title)
         SELECT $1, position, person_id, actor_id, title
         FROM unnest($2::uuid[], $3::uuid[], $4::text[])
           WITH ORDINALITY AS p(person_id, actor_id, title, position)`,
        [
          id,
          links.presenters.map((p) => p.personId),
          links.presenters.map((p) => p.actorId),
          links.presenters.map((p) => p.title),
        ],
      );
    }
    await objectiveLinks.replace(tx, id, links.objectiveIds);
    await topicLinks.replace(tx, id, links.topicIds);
    await agendaItemCitations.replace(tx, id, links.sources);
  }

  loaders() {
    const ds = this.dataSource;
    return {
      agendaItemById: () => byIdLoader(ds, AgendaItemEntity),
      /** A meeting's agenda, in order. */
      agendaOfMeeting: () =>
        childrenLoader(ds, AgendaItemEntity, {
          alias: 'item',
          parentColumn: 'meeting_id',
          parentProperty: 'meetingId',
          orderBy: [['item.position', 'ASC']],
        }),
      /** The agenda items that take up an open question, in the order they were put on agendas. */
      agendaItemsOfOpenQuestion: () =>
        childrenLoader(ds, AgendaItemEntity, {
          alias: 'item',
          parentColumn: 'open_question_id',
          parentProperty: 'openQuestionId',
          orderBy: [
            ['item.created_at', 'ASC'],
            ['item.id', 'ASC'],
          ],
        }),
      /** The agenda items that take up an action, in the order they were put on agendas. */
      agendaItemsOfAction: () =>
        childrenLoader(ds, AgendaItemEntity, {
          alias: 'item',
          parentColumn: 'action_id',
          parentProperty: 'actionId',
          orderBy: [
            ['item.created_at', 'ASC'],
            ['item.id', 'ASC'],
          ],
        }),
      /** Each item's presenters, in order. */
      agendaItemPresenters: () =>
        groupedLoader<Required<Presenter>>(async (itemIds) => {
          const rows: PresenterRow[] = await batchedRead(
            ds,
            `SELECT ${PRESENTER_COLUMNS} FROM agenda_item_presenter
           WHERE agenda_item_id = ANY($1::uuid[]) ORDER BY position`,
            [itemIds],
          );
          return rows.map((row) => ({ key: row.agenda_item_id, value: presenterOf(row) }));
        }),
      agendaItemObjectiveIds: () => objectiveLinks.loader(ds),
      agendaItemTopicIds: () => topicLinks.loader(ds),
    };
  }
}
