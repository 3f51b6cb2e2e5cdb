import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import type { FieldChange } from '../../core/db/field-changes';
import type { UpsertOutcome } from '../../core/db/record-service';
import { FieldErrors, ValidationFailed } from '../../core/errors';
import { upsertKeyed, type KeyedItem, type KeyedReference, type Upsertable } from '../bulk';
import type { IndicatorService } from './indicator.service';
import type { MeasurementService } from './measurement.service';
import type { ObjectiveService } from './objective.service';
import type { StrategyService } from './strategy.service';

/** A measurement of a bulk item's indicator: one a date. */
export interface MeasurementItem {
  date: string;
  value: number;
  note?: string | null;
}

/** An indicator of a bulk item's objective, found by its name. */
export interface IndicatorItem extends Record<string, unknown> {
  name: string;
  measurements?: MeasurementItem[] | null;
}

/** An objective of a bulk item's strategy, found by its code; its parent by code too. */
export interface ObjectiveItem extends Record<string, unknown> {
  code: string;
  parentCode?: string | null;
  indicators?: IndicatorItem[] | null;
}

/** `run`, its refusals reported under `at` (`objectives.2.title`). */
async function reportedAt<T>(at: string[], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    throw new ValidationFailed(error.errors.map((e) => ({ ...e, field: [...at, ...e.field] })));
  }
}

/**
 * A strategy with its objectives, indicators and measurements, as one bulk item: the strategy by
 * its key, each objective by its code in the strategy, each indicator by its name under its
 * objective, each measurement by its date. Parts the item leaves out stay as they are (nothing is
 * deleted). The item is UPDATED when any part of it changed; its changes name the part
 * (`objectives.A1.title`).
 */
export class StrategyTreeService {
  constructor(
    private readonly services: {
      strategy: StrategyService;
      objective: ObjectiveService;
      indicator: IndicatorService;
      measurement: MeasurementService;
    },
  ) {}

  async upsertItem(
    caller: Caller,
    item: KeyedItem,
    references: Record<string, KeyedReference>,
    tx: EntityManager,
  ): Promise<UpsertOutcome<{ id: string }>> {
    const { objectives, ...strategy } = item;
    const outcome = await upsertKeyed(this.services.strategy, caller, strategy, references, tx);
    const changes = [...outcome.changes];
    for (const [index, objective] of ((objectives ?? []) as ObjectiveItem[]).entries()) {
      const at = ['objectives', String(index)];
      changes.push(
        ...(await reportedAt(at, () => this.objective(caller, outcome.record.id, objective, tx))),
      );
    }
    const status =
      outcome.status === 'CREATED' ? 'CREATED' : changes.length > 0 ? 'UPDATED' : 'UNCHANGED';
    return { status, record: outcome.record, changes };
  }

  private async objective(
    caller: Caller,
    strategyId: string,
    item: ObjectiveItem,
    tx: EntityManager,
  ): Promise<FieldChange[]> {
    const { indicators, parentCode, ...fields } = item;
    let parentId: string | null | undefined = parentCode;
    if (parentCode) {
      parentId = await this.services.objective.matching(tx, { strategyId, code: parentCode });
      if (!parentId) {
        new FieldErrors()
          .add('parentCode', 'NOT_FOUND', `The strategy has no objective ${parentCode} (yet).`)
          .throwIfAny();
      }
    }
    const objective = { ...fields, strategyId, parentId };
    const [id, changes] = await this.part(this.services.objective, caller, objective, tx);
    const named = prefixed(`objectives.${item.code}`, changes);
    for (const [index, indicator] of (indicators ?? []).entries()) {
      const at = ['indicators', String(index)];
      named.push(
        ...prefixed(
          `objectives.${item.code}`,
          await reportedAt(at, () => this.indicator(caller, id, indicator, tx)),
        ),
      );
    }
    return named;
  }

  private async indicator(
    caller: Caller,
    objectiveId: string,
    item: IndicatorItem,
    tx: EntityManager,
  ): Promise<FieldChange[]> {
    const { measurements, ...fields } = item;
    const indicator = { ...fields, objectiveId } as Parameters<IndicatorService['matching']>[1];
    const [id, changes] = await this.part(this.services.indicator, caller, indicator, tx);
    const named = prefixed(`indicators.${item.name}`, changes);
    for (const [index, measurement] of (measurements ?? []).entries()) {
      const at = ['measurements', String(index)];
      const done = await reportedAt(at, () =>
        this.part(this.services.measurement, caller, { ...measurement, indicatorId: id }, tx),
      );
      named.push(...prefixed(`indicators.${item.name}.measurements.${measurement.date}`, done[1]));
    }
    return named;
  }

  /** A part found as the same record, created or changed: its id and what changed. */
  private async part<F>(
    service: Upsertable<F>,
    caller: Caller,
    fields: Partial<F>,
    tx: EntityManager,
  ): Promise<[string, FieldChange[]]> {
    const id = await service.matching(tx, fields);
    const done = await service.upsert(caller, id, () => fields as F, tx);
    return [done.record.id, done.changes];
  }
}

/** Changes of a part, named under it: `objectives.A1.title`. */
const prefixed = (prefix: string, changes: FieldChange[]) =>
  changes.map((change) => ({ ...change, field: `${prefix}.${change.field}` }));
