import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalText, requiredRecord } from '../../core/validate';
import { sameRecord } from '../../core/db/record-key';
import {
  checkNoOverlap,
  validatePeriod,
  validOnFiltered,
  type Period,
  today,
  type ValidTimeFilter,
} from '../../core/valid-time';
import { ActorEntity } from '../actor';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { PersonEntity } from './person.entity';
import { PositionEntity } from './position.entity';
import { HOME_AREAS } from '../area';

export interface PositionFields extends Period {
  personId: string;
  actorId: string;
  title?: string | null;
  sources?: Citation[];
}
export type PositionUpdateInput = UpdateInput<PositionFields>;

export const positionCitations = new CitationStore('position_citation', 'position_id');

/** A person's place at an actor over a period, titled or not; the same one twice at once is refused. */
export class PositionService extends CitedRecordService<PositionEntity, PositionFields> {
  protected readonly entity = PositionEntity;
  protected readonly recordType = 'Position';
  protected readonly label = 'position';
  protected override readonly home = HOME_AREAS.position;
  protected readonly citations = positionCitations;

  end(
    caller: Caller,
    input: { id: string; version: number; validTo?: string | null },
    manager?: EntityManager,
  ) {
    return this.endValidity(caller, input, manager);
  }

  /** The same position: the person's at the actor under the same title, held on the day. */
  override matching(tx: EntityManager, fields: Partial<PositionFields>) {
    const ends: [string, unknown][] = [
      ['person_id', fields.personId],
      ['actor_id', fields.actorId],
      ["coalesce(title, '')", fields.title?.trim() ?? ''],
    ];
    return sameRecord(tx, 'position', ends, fields.validFrom ?? today());
  }

  protected async validate(
    tx: EntityManager,
    input: PositionFields,
    id: string | null,
  ): Promise<Validated<PositionEntity, Citation[]>> {
    const errors = new FieldErrors();
    const title = optionalText(errors, 'title', input.title, 'The title', 200) ?? null;
    const period = validatePeriod(errors, input);
    await requiredRecord(tx, errors, 'person', {
      entity: PersonEntity,
      id: input.personId,
      label: 'person',
    });
    await requiredRecord(tx, errors, 'actor', {
      entity: ActorEntity,
      id: input.actorId,
      label: 'actor',
    });
    await checkNoOverlap(tx, errors, {
      table: 'position',
      key: { person_id: input.personId, actor_id: input.actorId, title },
      period,
      id,
      label: 'position',
    });
    await positionCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return {
      values: { personId: input.personId, actorId: input.actorId, title, ...period },
      links: input.sources ?? [],
    };
  }

  loaders() {
    const ds = this.dataSource;
    const byParent = (parentColumn: string, parentProperty: 'personId' | 'actorId') =>
      loaderFamily(({ asOf, knownAt }: ValidTimeFilter) =>
        childrenLoader(ds, PositionEntity, {
          alias: 'position',
          parentColumn,
          parentProperty,
          where: [validOnFiltered('position'), { asOf }],
          knownAt: knownAt ? { recordType: 'Position', at: knownAt } : null,
          orderBy: [
            ['position.valid_from', 'ASC'],
            ['position.title', 'ASC'],
          ],
        }),
      );
    return {
      positionById: () => byIdLoader(ds, PositionEntity),
      positionsOfPerson: () => byParent('person_id', 'personId'),
      positionsAtActor: () => byParent('actor_id', 'actorId'),
    };
  }
}
