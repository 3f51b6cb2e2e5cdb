import { sameRecord } from '../../core/db/record-key';
import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, loaderFamily } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { optionalDate, optionalText } from '../../core/validate';
import { withinSpan, type DateSpan } from '../../core/valid-time';
import { SourceEntity } from '../source';
import { IndicatorEntity } from './indicator.entity';
import { MeasurementEntity } from './measurement.entity';
import { HOME_AREAS } from '../area';

export interface MeasurementFields {
  indicatorId: string;
  date: string;
  value: number;
  sourceId?: string | null;
  note?: string | null;
}
/** A measurement stays with its indicator. */
export type MeasurementUpdateInput = UpdateInput<Omit<MeasurementFields, 'indicatorId'>>;

/** The values of an indicator over time: one per date, each possibly from a source document. */
export class MeasurementService extends RecordService<MeasurementEntity, MeasurementFields> {
  protected readonly entity = MeasurementEntity;
  protected readonly recordType = 'Measurement';
  protected readonly label = 'measurement';
  protected override readonly home = HOME_AREAS.measurement;

  /** The same measurement: its indicator's on this date (one a date). */
  override matching(tx: EntityManager, fields: Partial<MeasurementFields>) {
    const ends: [string, unknown][] = [
      ['indicator_id', fields.indicatorId],
      ['date', fields.date],
    ];
    return sameRecord(tx, 'measurement', ends);
  }

  protected async validate(
    tx: EntityManager,
    input: MeasurementFields,
    id: string | null,
  ): Promise<Validated<MeasurementEntity>> {
    const errors = new FieldErrors();
    const { indicatorId } = input;
    if (!input.date) errors.add('date', 'REQUIRED', 'The date of the value must be given.');
    const date = optionalDate(errors, 'date', input.date) as string;
    if (input.value === null || input.value === undefined) {
      errors.add('value', 'REQUIRED', 'The value must be given.');
    }
    const values = {
      indicatorId,
      date,
      value: input.value,
      sourceId: input.sourceId ?? null,
      note: optionalText(errors, 'note', input.note, 'The note', 2000) ?? null,
    };
    if (!(await tx.getRepository(IndicatorEntity).existsBy({ id: indicatorId }))) {
      errors.add('indicator', 'NOT_FOUND', 'No indicator has this id.');
    } else if (date && !errors.has('date')) {
      const same = await tx.getRepository(MeasurementEntity).findOneBy({ indicatorId, date });
      if (same && same.id !== id) {
        errors.add('date', 'TAKEN', `This indicator already has a value for ${date}.`);
      }
    }
    if (
      values.sourceId &&
      !(await tx.getRepository(SourceEntity).existsBy({ id: values.sourceId }))
    ) {
      errors.add('source', 'NOT_FOUND', 'No source has this id.');
    }
    errors.throwIfAny();
    return { values, links: undefined };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      measurementById: () => byIdLoader(ds, MeasurementEntity),
      /** An indicator's values from `from` to `to` (both included, either open), by date. */
      measurementsOfIndicator: () =>
        loaderFamily((span: DateSpan) =>
          childrenLoader(ds, MeasurementEntity, {
            alias: 'measurement',
            parentColumn: 'indicator_id',
            parentProperty: 'indicatorId',
            where: withinSpan('measurement.date', span),
            orderBy: [['measurement.date', 'ASC']],
          }),
        ),
    };
  }
}
