import { sameRecord } from '../../core/db/record-key';
import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalDate, optionalText, requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { INDICATOR_DIRECTIONS, IndicatorEntity, type IndicatorDirection } from './indicator.entity';
import { ObjectiveEntity } from './objective.entity';
import { HOME_AREAS } from '../area';

export interface IndicatorFields {
  objectiveId: string;
  name: string;
  unit?: string | null;
  baseline?: number | null;
  baselineDate?: string | null;
  target?: number | null;
  targetDate?: string | null;
  direction: IndicatorDirection;
  sources?: Citation[];
}
/** An indicator stays with its objective. */
export type IndicatorUpdateInput = UpdateInput<Omit<IndicatorFields, 'objectiveId'>>;

export const indicatorCitations = new CitationStore('indicator_citation', 'indicator_id');

/** Indicators of objectives: a name, a unit, where it starts and where it should go. */
export class IndicatorService extends CitedRecordService<IndicatorEntity, IndicatorFields> {
  protected readonly entity = IndicatorEntity;
  protected readonly recordType = 'Indicator';
  protected readonly label = 'indicator';
  protected override readonly home = HOME_AREAS.indicator;
  protected readonly citations = indicatorCitations;

  /** The same indicator: its objective's of this name. */
  override matching(tx: EntityManager, fields: Partial<IndicatorFields>) {
    const ends: [string, unknown][] = [
      ['objective_id', fields.objectiveId],
      ['name', fields.name?.trim()],
    ];
    return sameRecord(tx, 'indicator', ends);
  }

  protected async validate(
    tx: EntityManager,
    input: IndicatorFields,
  ): Promise<Validated<IndicatorEntity, Citation[]>> {
    const errors = new FieldErrors();
    const values = {
      objectiveId: input.objectiveId,
      name: requiredText(errors, 'name', input.name, 'The name', 300),
      unit: optionalText(errors, 'unit', input.unit, 'The unit', 50) ?? null,
      baseline: input.baseline ?? null,
      baselineDate: optionalDate(errors, 'baselineDate', input.baselineDate) ?? null,
      target: input.target ?? null,
      targetDate: optionalDate(errors, 'targetDate', input.targetDate) ?? null,
      direction: input.direction,
    };
    if (!INDICATOR_DIRECTIONS.includes(values.direction)) {
      errors.add('direction', 'INVALID', 'Unknown direction.');
    }
    if (!(await tx.getRepository(ObjectiveEntity).existsBy({ id: values.objectiveId }))) {
      errors.add('objective', 'NOT_FOUND', 'No objective has this id.');
    }
    await indicatorCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values, links: input.sources ?? [] };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      indicatorById: () => byIdLoader(ds, IndicatorEntity),
      indicatorsOfObjective: () =>
        childrenLoader(ds, IndicatorEntity, {
          alias: 'indicator',
          parentColumn: 'objective_id',
          parentProperty: 'objectiveId',
          orderBy: [
            ['indicator.name', 'ASC'],
            ['indicator.id', 'ASC'],
          ],
        }),
    };
  }
}
