import type { DataSource } from 'typeorm';
import { InvalidArgument } from '../../core/errors';
import { kept } from '../../core/kept';
import {
  distinctRoles,
  RACI_ROLES,
  raciLetters,
  type RaciRole,
  type ResponsibilityEntity,
  type ResponsibilityRole,
} from '../responsibility';
import { type ObjectiveEntity, type ObjectiveService, StrategyEntity } from '../strategy';
import { responsibilitiesInScope, strategyLabel } from './scope';

/** How many of something carry each RACI letter. */
export type RaciCounts = Record<Lowercase<RaciRole>, number>;

/** A column: the strategy itself (objective null), then each objective in tree order. */
export interface RaciColumn {
  label: string;
  objective: ObjectiveEntity | null;
}

/** What one actor does for one column on the day (a row has cells only where it does something). */
export interface RaciCell {
  /** The index of its column in the matrix's `columns`. */
  column: number;
  objective: ObjectiveEntity | null;
  actorId: string;
  roles: ResponsibilityRole[];
  raci: RaciRole[];
  responsibilities: ResponsibilityEntity[];
}

export interface RaciRow {
  actorId: string;
  cells: RaciCell[];
}

export interface RaciRowTotal extends RaciCounts {
  actorId: string;
  /** The cells in which the actor has any role. */
  cells: number;
}

export interface RaciColumnTotal extends RaciCounts {
  label: string;
  objective: ObjectiveEntity | null;
  /** The actors with any role in the column. */
  actors: number;
}

export interface RaciConflict {
  objective: ObjectiveEntity;
  leadIds: string[];
  responsibilities: ResponsibilityEntity[];
}

export interface RaciMatrix {
  strategy: StrategyEntity;
  asOf: string;
  columns: RaciColumn[];
  rows: RaciRow[];
  rowTotals: RaciRowTotal[];
  columnTotals: RaciColumnTotal[];
  gaps: ObjectiveEntity[];
  conflicts: RaciConflict[];
}

/** Counts, per RACI letter, the letter lists that hold it. */
export function countLetters(lists: RaciRole[][]): RaciCounts {
  const counts = Object.fromEntries(RACI_ROLES.map((letter) => [letter.toLowerCase(), 0]));
  for (const letters of lists) for (const letter of letters) counts[letter.toLowerCase()] += 1;
  return counts as RaciCounts;
}

/**
 * The LEADS responsibilities of each objective (every objective a key, in the given order):
 * none is a gap, more than one a conflict.
 */
export function leadsOfObjectives(
  objectives: ObjectiveEntity[],
  responsibilities: ResponsibilityEntity[],
): Map<ObjectiveEntity, ResponsibilityEntity[]> {
  const leads = new Map(
    objectives.map((objective) => [objective.id, [] as ResponsibilityEntity[]]),
  );
  for (const responsibility of responsibilities) {
    if (responsibility.role === 'LEADS' && responsibility.objectiveId)
      leads.get(responsibility.objectiveId)?.push(responsibility);
  }
  return new Map(objectives.map((objective) => [objective, leads.get(objective.id)!]));
}

/**
 * The RACI matrix of a strategy on a day: who holds which roles for the strategy and each of its
 * objectives. Three statements whatever its size: the strategy, its objectives, the responsibilities.
 */
export class RaciMatrixService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objectives: ObjectiveService,
  ) {}

  /** With `knownAt`: the responsibilities as the register said them then (the rest as now). */
  async matrix(
    strategyId: string,
    asOf: string,
    knownAt: string | null = null,
  ): Promise<RaciMatrix> {
    const strategy = await this.dataSource
      .getRepository(StrategyEntity)
      .findOneBy({ id: strategyId });
    if (!strategy) throw new InvalidArgument('strategy', 'No strategy has this id.');
    const objectives = await this.objectives.inTreeOrder([strategy.id]);
    const scoped = await responsibilitiesInScope(this.dataSource, { strategyId }, asOf, knownAt);
    const responsibilities = scoped.map((s) => s.responsibility);

    const columns: RaciColumn[] = [
      { label: strategyLabel(strategy), objective: null },
      ...objectives.map((objective) => ({ label: objective.code, objective })),
    ];
    /** Each actor's responsibilities by column (the strategy's own under ''), actors in order. */
    const held = new Map<string, Map<string, ResponsibilityEntity[]>>();
    for (const responsibility of responsibilities) {
      const byColumn = kept(held, responsibility.actorId, () => new Map());
      kept(byColumn, responsibility.objectiveId ?? '', () => []).push(responsibility);
    }
    // Rows hold only the cells an actor fills: most of a large matrix is empty (560 actors × 61
    // columns on the national set, 97 % of them empty), and a dense answer cost its size in memory.
    const rows: RaciRow[] = [...held].map(([actorId, byColumn]) => ({
      actorId,
      cells: columns.flatMap(({ objective }, column) => {
        const cell = byColumn.get(objective?.id ?? '');
        if (!cell) return [];
        const roles = distinctRoles(cell.map((r) => r.role));
        return [
          { column, objective, actorId, roles, raci: raciLetters(roles), responsibilities: cell },
        ];
      }),
    }));
    const byColumn = columns.map(() => [] as RaciCell[]);
    for (const row of rows) for (const cell of row.cells) byColumn[cell.column].push(cell);

    const leads = leadsOfObjectives(objectives, responsibilities);
    return {
      strategy,
      asOf,
      columns,
      rows,
      rowTotals: rows.map(({ actorId, cells }) => ({
        actorId,
        cells: cells.length,
        ...countLetters(cells.map((cell) => cell.raci)),
      })),
      columnTotals: columns.map(({ label, objective }, index) => ({
        label,
        objective,
        actors: byColumn[index].length,
        ...countLetters(byColumn[index].map((cell) => cell.raci)),
      })),
      gaps: [...leads]
        .filter(([, leading]) => leading.length === 0)
        .map(([objective]) => objective),
      conflicts: [...leads]
        .filter(([, leading]) => leading.length > 1)
        .map(([objective, leading]) => ({
          objective,
          leadIds: [...new Set(leading.map((r) => r.actorId))],
          responsibilities: leading,
        })),
    };
  }
}
