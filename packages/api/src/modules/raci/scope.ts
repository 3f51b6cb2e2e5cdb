import type { DataSource } from 'typeorm';
import { validOn } from '../../core/valid-time';
import { knownRows } from '../../core/db/known-rows';
import { areasWithin } from '../area';
import { RESPONSIBILITY_ROLES, ResponsibilityEntity, subjectOf } from '../responsibility';
import type { ObjectiveEntity, StrategyEntity } from '../strategy';

/** What the RACI views cover: one strategy and its objectives, or everything within an area. */
export type ResponsibilityScope = { strategyId: string } | { areaId: string };

/** A responsibility valid on the day, with what the views need to know of its actor and subject. */
export interface ScopedResponsibility {
  responsibility: ResponsibilityEntity;
  actorName: string;
  actorArchived: boolean;
  /** How messages name the subject: `objective 2.1 "Kompetensförsörjning" (RUS)`. */
  subjectLabel: string;
  /** Why the subject no longer holds, in words ("strategy RUS has ended"); null while it does. */
  subjectEnded: string | null;
  /** The strategy the subject is or belongs to, if any. */
  strategyId: string | null;
}

/** How messages name a strategy: its short name, else its name. */
export function strategyLabel(strategy: Pick<StrategyEntity, 'shortName' | 'name'>): string {
  return strategy.shortName ?? strategy.name;
}

/** How messages name an objective: `objective 2.1 "Kompetensförsörjning" (RUS)`. */
export function objectiveLabel(
  objective: Pick<ObjectiveEntity, 'code' | 'title'>,
  strategy: string,
): string {
  return `objective ${objective.code} "${objective.title}" (${strategy})`;
}

interface Row {
  responsibility_id: string;
  actor_name: string;
  actor_archived: boolean;
  objective_code: string | null;
  objective_title: string | null;
  strategy_id: string | null;
  strategy_label: string | null;
  strategy_status: string | null;
  strategy_period_to: string | null;
  forum_name: string | null;
  forum_status: string | null;
  area_name: string | null;
  topic_name: string | null;
}

/**
 * The responsibilities in `scope` valid on `asOf` (as the register said them at `knownAt`, when
 * given), with their actor's name and state and their
 * subject's name and state, in one statement; by actor name, then role (LEADS first), then start.
 * A strategy's scope is the strategy and its objectives; an area's is every responsibility for the
 * area or an area within it, or for a strategy, objective or forum whose area is within it.
 */
export async function responsibilitiesInScope(
  dataSource: DataSource,
  scope: ResponsibilityScope,
  asOf: string,
  knownAt: string | null = null,
): Promise<ScopedResponsibility[]> {
  const query = dataSource
    .getRepository(ResponsibilityEntity)
    .createQueryBuilder('responsibility')
    .innerJoin('actor', 'actor', 'actor.id = responsibility.actor_id')
    .leftJoin('objective', 'objective', 'objective.id = responsibility.objective_id')
    .leftJoin(
      'strategy',
      'strategy',
      'strategy.id = coalesce(responsibility.strategy_id, objective.strategy_id)',
    )
    .leftJoin('forum', 'forum', 'forum.id = responsibility.forum_id')
    .leftJoin('area', 'area', 'area.id = responsibility.area_id')
    .leftJoin('topic', 'topic', 'topic.id = responsibility.topic_id')
    .addSelect('actor.name', 'actor_name')
    .addSelect('actor.archived_at IS NOT NULL', 'actor_archived')
    .addSelect('objective.code', 'objective_code')
    .addSelect('objective.title', 'objective_title')
    .addSelect('strategy.id', 'strategy_id')
    .addSelect('coalesce(strategy.short_name, strategy.name)', 'strategy_label')
    .addSelect('strategy.status', 'strategy_status')
    .addSelect('CAST(strategy.period_to AS text)', 'strategy_period_to')
    .addSelect('forum.name', 'forum_name')
    .addSelect('forum.status', 'forum_status')
    .addSelect('area.name', 'area_name')
    .addSelect('topic.name', 'topic_name')
    .where(validOn('responsibility'), { asOf });
  if ('strategyId' in scope) {
    // Said of the responsibility's own columns too, so its indexes find the rows (the join's
    // coalesce alone made PostgreSQL read every responsibility).
    query.andWhere(
      `strategy.id = :strategyId AND (responsibility.strategy_id = :strategyId
        OR responsibility.objective_id = ANY(ARRAY(SELECT id FROM objective WHERE strategy_id = :strategyId)))`,
      { strategyId: scope.strategyId },
    );
  } else {
    const within = areasWithin(':areaId');
    query.andWhere(
      `(responsibility.area_id IN (${within}) OR strategy.area_id IN (${within})
        OR forum.area_id IN (${within}))`,
      { areaId: scope.areaId },
    );
  }
  query
    .orderBy('actor.name', 'ASC')
    .addOrderBy('actor.id', 'ASC')
    .addOrderBy(
      `array_position(ARRAY['${RESPONSIBILITY_ROLES.join("','")}'], responsibility.role)`,
      'ASC',
    )
    .addOrderBy('responsibility.valid_from', 'ASC', 'NULLS FIRST')
    .addOrderBy('responsibility.id', 'ASC');
  if (knownAt) {
    // The responsibilities as the audit log had them then: a CTE named as the table stands in
    // for it. Actors, strategies and the other subjects are read as they are now.
    query.addCommonTableExpression(
      knownRows('Responsibility', 'responsibility', ':knownAt'),
      'responsibility',
    );
    query.setParameter('knownAt', knownAt);
  }
  const { entities, raw } = await query.getRawAndEntities<Row>();
  const rows = new Map(raw.map((row) => [row.responsibility_id, row]));
  return entities.map((responsibility) => {
    const row = rows.get(responsibility.id)!;
    return {
      responsibility,
      actorName: row.actor_name,
      actorArchived: row.actor_archived,
      subjectLabel: subjectLabel(responsibility, row),
      subjectEnded: subjectEnded(responsibility, row, asOf),
      strategyId: row.strategy_id,
    };
  });
}

function subjectLabel(responsibility: ResponsibilityEntity, row: Row): string {
  switch (subjectOf(responsibility).kind) {
    case 'Strategy':
      return `strategy ${row.strategy_label}`;
    case 'Objective':
      return objectiveLabel(
        { code: row.objective_code!, title: row.objective_title! },
        row.strategy_label!,
      );
    case 'Forum':
      return `forum ${row.forum_name}`;
    case 'Area':
      return `area ${row.area_name}`;
    case 'Topic':
      return `topic ${row.topic_name}`;
  }
}

/**
 * A subject has ended when it is a strategy (or an objective of one) with status ENDED or a period
 * over before the day, or a dissolved forum. Areas and topics do not end.
 */
function subjectEnded(responsibility: ResponsibilityEntity, row: Row, asOf: string) {
  if (row.strategy_id) {
    if (row.strategy_status === 'ENDED') return `strategy ${row.strategy_label} has ended`;
    if (row.strategy_period_to && row.strategy_period_to < asOf)
      return `the period of strategy ${row.strategy_label} ended on ${row.strategy_period_to}`;
  }
  if (responsibility.forumId && row.forum_status === 'DISSOLVED')
    return `forum ${row.forum_name} is dissolved`;
  return null;
}
