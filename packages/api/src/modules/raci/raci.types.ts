import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import {
  type ObjectiveEntity,
  ObjectiveType,
  type StrategyEntity,
  StrategyType,
} from '../strategy';
import {
  type RaciRole,
  RaciRoleEnum,
  type ResponsibilityEntity,
  type ResponsibilityRole,
  ResponsibilityRoleEnum,
  ResponsibilityType,
} from '../responsibility';

@ObjectType('RaciColumn', {
  description: 'A column of a RACI matrix: the strategy itself, or one of its objectives.',
})
export class RaciColumnType {
  @Field({ description: "Its heading: the short name of the strategy, or the objective's code." })
  label: string;

  @Field(() => ObjectiveType, {
    nullable: true,
    description: 'The objective; null for the column of the strategy itself.',
  })
  objective: ObjectiveEntity | null;
}

@ObjectType('RaciCell', { description: 'What one actor does for one column on the day.' })
export class RaciCellType {
  @Field(() => Int, { description: "The index of its column in the matrix's `columns`, from 0." })
  column: number;

  @Field(() => ObjectiveType, {
    nullable: true,
    description: 'The objective of the column; null in the column of the strategy itself.',
  })
  objective: ObjectiveEntity | null;

  actorId: string;

  @Field(() => [ResponsibilityRoleEnum], {
    description: 'The roles the actor holds here, each once, LEADS first.',
  })
  roles: ResponsibilityRole[];

  @Field(() => [RaciRoleEnum], {
    description: 'The plain RACI letters of those roles, each once, in the order R, A, C, I.',
  })
  raci: RaciRole[];

  @Field(() => [ResponsibilityType], {
    description: 'The responsibilities behind the roles, valid on the day.',
  })
  responsibilities: ResponsibilityEntity[];
}

@ObjectType('RaciRow', {
  description: 'A row of a RACI matrix: one actor and the columns it has a role in.',
})
export class RaciRowType {
  actorId: string;

  @Field(() => [RaciCellType], {
    description:
      "The cells in which the actor holds a role, in the order of the matrix's `columns`; the columns it has no role in have no cell.",
  })
  cells: RaciCellType[];
}

/** The four counts per RACI letter both kinds of totals have. */
@ObjectType({ description: 'Counts per RACI letter.' })
export abstract class RaciCountsType {
  @Field(() => Int, { description: 'How many hold R (responsible).' })
  responsible: number;

  @Field(() => Int, { description: 'How many hold A (accountable).' })
  accountable: number;

  @Field(() => Int, { description: 'How many hold C (consulted).' })
  consulted: number;

  @Field(() => Int, { description: 'How many hold I (informed).' })
  informed: number;
}

@ObjectType('RaciRowTotal', {
  description: "An actor's totals: its cells with any role, and its cells per RACI letter.",
})
export class RaciRowTotalType extends RaciCountsType {
  actorId: string;

  @Field(() => Int, { description: 'The cells in which the actor holds any role.' })
  cells: number;
}

@ObjectType('RaciColumnTotal', {
  description: "A column's totals: its actors with any role, and its actors per RACI letter.",
})
export class RaciColumnTotalType extends RaciCountsType {
  @Field({ description: 'The heading of the column.' })
  label: string;

  @Field(() => ObjectiveType, {
    nullable: true,
    description: 'The objective; null for the column of the strategy itself.',
  })
  objective: ObjectiveEntity | null;

  @Field(() => Int, { description: 'The actors that hold any role in the column.' })
  actors: number;
}

@ObjectType('RaciConflict', { description: 'An objective that more than one actor leads.' })
export class RaciConflictType {
  @Field(() => ObjectiveType, { description: 'The objective.' })
  objective: ObjectiveEntity;

  leadIds: string[];

  @Field(() => [ResponsibilityType], { description: 'The LEADS responsibilities, by actor name.' })
  responsibilities: ResponsibilityEntity[];
}

@ObjectType('RaciMatrix', {
  description:
    'Who holds which roles for a strategy and each of its objectives on a day: actors as rows, the strategy and its objectives (in tree order) as columns.',
})
export class RaciMatrixType {
  @Field(() => StrategyType, { description: 'The strategy.' })
  strategy: StrategyEntity;

  @Field(() => LocalDateResolver, { description: 'The day the matrix shows.' })
  asOf: string;

  @Field(() => [RaciColumnType], {
    description: 'The strategy itself first, then its objectives in tree order (1, 1.1, 1.2, 2).',
  })
  columns: RaciColumnType[];

  @Field(() => [RaciRowType], {
    description: 'One row per actor holding any responsibility in the matrix, by actor name.',
  })
  rows: RaciRowType[];

  @Field(() => [RaciRowTotalType], {
    description: 'The totals of each row, in the order of `rows`.',
  })
  rowTotals: RaciRowTotalType[];

  @Field(() => [RaciColumnTotalType], {
    description: 'The totals of each column, in the order of `columns`.',
  })
  columnTotals: RaciColumnTotalType[];

  @Field(() => [ObjectiveType], {
    description: 'The objectives nobody leads (LEADS, RACI A) on the day, in tree order.',
  })
  gaps: ObjectiveEntity[];

  @Field(() => [RaciConflictType], {
    description: 'The objectives more than one actor leads on the day, in tree order.',
  })
  conflicts: RaciConflictType[];
}
