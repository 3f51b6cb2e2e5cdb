import type { DataSource } from 'typeorm';
import { InvalidArgument } from '../../core/errors';
import { kept } from '../../core/kept';
import { AreaEntity, areasWithin } from '../area';
import { type ResponsibilityEntity, type ResponsibilityRole, subjectOf } from '../responsibility';
import { type ObjectiveEntity, type ObjectiveService, StrategyEntity } from '../strategy';
import { leadsOfObjectives } from './raci-matrix.service';
import {
  objectiveLabel,
  responsibilitiesInScope,
  strategyLabel,
  type ResponsibilityScope,
  type ScopedResponsibility,
} from './scope';

export const CHECK_FINDING_KINDS = [
  'GAP',
  'CONFLICT',
  'NO_MANDATE',
  'ACTOR_ENDED',
  'SUBJECT_ENDED',
] as const;
export type CheckFindingKind = (typeof CHECK_FINDING_KINDS)[number];

/** A record a finding is about: its GraphQL type and id, for `node(id:)`. */
export interface RecordReference {
  type: string;
  id: string;
}

export interface CheckFinding {
  kind: CheckFindingKind;
  message: string;
  records: RecordReference[];
}

export interface ResponsibilityCheck {
  asOf: string;
  strategy: StrategyEntity | null;
  area: AreaEntity | null;
  /** How many responsibilities valid on the day were checked. */
  checked: number;
  findings: CheckFinding[];
}

/** What an actor does for a subject, as a message says it. */
const DOES: Record<ResponsibilityRole, string> = {
  LEADS: 'leads',
  CONVENES: 'convenes',
  EXECUTES: 'executes',
  FUNDS: 'funds',
  CONTRIBUTES: 'contributes to',
  CONSULTED: 'is consulted on',
  INFORMED: 'is kept informed of',
};

const reference = (type: string, id: string): RecordReference => ({ type, id });
const responsibilityReference = (r: ResponsibilityEntity) => reference('Responsibility', r.id);
const actorReference = (r: ResponsibilityEntity) => reference('Actor', r.actorId);
const subjectReference = (r: ResponsibilityEntity) => {
  const { kind, id } = subjectOf(r);
  return reference(kind, id);
};

/**
 * Checks the responsibilities of a strategy, or of everything within an area, on a day: objectives
 * nobody leads (GAP), subjects more than one actor leads (CONFLICT), responsibilities without a
 * mandate (NO_MANDATE), held by an archived actor (ACTOR_ENDED) or for a subject that has ended
 * (SUBJECT_ENDED). Three statements for a strategy, four for an area, whatever their size.
 */
export class ResponsibilityCheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objectives: ObjectiveService,
  ) {}

  /** With `knownAt`: the responsibilities as the register said them then (the rest as now). */
  async check(
    scope: ResponsibilityScope,
    asOf: string,
    knownAt: string | null = null,
  ): Promise<ResponsibilityCheck> {
    const { strategy, area, strategies } = await this.strategiesIn(scope);
    const treeOrder =
      strategies.length > 0 ? await this.objectives.inTreeOrder(strategies.map((s) => s.id)) : [];
    /** The objectives strategy by strategy, in the order of `strategies`. */
    const objectives = strategies.flatMap((s) => treeOrder.filter((o) => o.strategyId === s.id));
    const scoped = await responsibilitiesInScope(this.dataSource, scope, asOf, knownAt);
    const names = new Map(strategies.map((s) => [s.id, strategyLabel(s)]));
    const label = (objective: ObjectiveEntity) =>
      objectiveLabel(objective, names.get(objective.strategyId)!);
    const findings: CheckFinding[] = [
      ...this.gaps(objectives, scoped, asOf, label),
      ...this.conflicts(objectives, scoped, asOf),
      ...scoped.flatMap((s) => this.findingsOf(s, asOf)),
    ];
    const rank = (kind: CheckFindingKind) => CHECK_FINDING_KINDS.indexOf(kind);
    findings.sort((a, b) => rank(a.kind) - rank(b.kind));
    return { asOf, strategy, area, checked: scoped.length, findings };
  }

  /** The strategy asked for, or the area and the strategies for areas within it (by name). */
  private async strategiesIn(scope: ResponsibilityScope) {
    const strategies = this.dataSource.getRepository(StrategyEntity);
    if ('strategyId' in scope) {
      const strategy = await strategies.findOneBy({ id: scope.strategyId });
      if (!strategy) throw new InvalidArgument('strategy', 'No strategy has this id.');
      return { strategy, area: null, strategies: [strategy] };
    }
    const area = await this.dataSource.getRepository(AreaEntity).findOneBy({ id: scope.areaId });
    if (!area) throw new InvalidArgument('area', 'No area has this id.');
    const within = await strategies
      .createQueryBuilder('strategy')
      .where(`strategy.area_id IN (${areasWithin(':areaId')})`, { areaId: area.id })
      .orderBy('strategy.name')
      .addOrderBy('strategy.id')
      .getMany();
    return { strategy: null, area, strategies: within };
  }

  private gaps(
    objectives: ObjectiveEntity[],
    scoped: ScopedResponsibility[],
    asOf: string,
    label: (objective: ObjectiveEntity) => string,
  ): CheckFinding[] {
    const leads = leadsOfObjectives(
      objectives,
      scoped.map((s) => s.responsibility),
    );
    return [...leads]
      .filter(([, held]) => held.length === 0)
      .map(([objective]) => ({
        kind: 'GAP',
        message: `Nobody leads ${label(objective)} on ${asOf}.`,
        records: [reference('Objective', objective.id)],
      }));
  }

  /**
   * Every subject (not only objectives) that more than one actor leads; the strategies first,
   * then the objectives in tree order, then the other subjects by name.
   */
  private conflicts(
    objectives: ObjectiveEntity[],
    scoped: ScopedResponsibility[],
    asOf: string,
  ): CheckFinding[] {
    const bySubject = new Map<string, ScopedResponsibility[]>();
    for (const s of scoped.filter((s) => s.responsibility.role === 'LEADS')) {
      const { kind, id } = subjectOf(s.responsibility);
      kept(bySubject, `${kind}:${id}`, () => []).push(s);
    }
    const position = new Map(objectives.map((objective, index) => [objective.id, index]));
    const rank = ({ responsibility }: ScopedResponsibility) =>
      responsibility.strategyId
        ? -1
        : (position.get(responsibility.objectiveId ?? '') ?? objectives.length);
    return [...bySubject.values()]
      .filter((leads) => leads.length > 1)
      .sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].subjectLabel.localeCompare(b[0].subjectLabel))
      .map((leads) => ({
        kind: 'CONFLICT',
        message: `${leads.length} actors lead ${leads[0].subjectLabel} on ${asOf}: ${leads
          .map((s) => s.actorName)
          .join(', ')}.`,
        records: [
          subjectReference(leads[0].responsibility),
          ...leads.map((s) => responsibilityReference(s.responsibility)),
          ...leads.map((s) => actorReference(s.responsibility)),
        ],
      }));
  }

  /** What is wrong with one responsibility itself. */
  private findingsOf(scoped: ScopedResponsibility, asOf: string): CheckFinding[] {
    const { responsibility: r, actorName, subjectLabel } = scoped;
    const does = `${actorName} ${DOES[r.role]} ${subjectLabel}`;
    const findings: CheckFinding[] = [];
    if (!r.mandate?.trim()) {
      findings.push({
        kind: 'NO_MANDATE',
        message: `${does} without a recorded mandate.`,
        records: [responsibilityReference(r), actorReference(r), subjectReference(r)],
      });
    }
    if (scoped.actorArchived) {
      findings.push({
        kind: 'ACTOR_ENDED',
        message: `${actorName} is archived, yet ${DOES[r.role]} ${subjectLabel} on ${asOf}.`,
        records: [responsibilityReference(r), actorReference(r)],
      });
    }
    if (scoped.subjectEnded) {
      findings.push({
        kind: 'SUBJECT_ENDED',
        message: `${does} on ${asOf}, but ${scoped.subjectEnded}.`,
        records: [
          responsibilityReference(r),
          subjectReference(r),
          ...(r.objectiveId && scoped.strategyId ? [reference('Strategy', scoped.strategyId)] : []),
        ],
      });
    }
    return findings;
  }
}
