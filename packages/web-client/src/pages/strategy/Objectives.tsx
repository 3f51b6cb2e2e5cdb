import { ObjectivesReorderDocument } from '@samverkan/schema';
import { useRef, type ReactNode } from 'react';
import { Section } from '../../components/Section';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { changeOf } from '../../edit/kind';
import { useMoves } from '../../edit/Moves';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { Indicators } from './Indicators';
import type { Strategy } from './StrategyPage';

export type Objective = Strategy['objectives'][number];

/** The objectives come in tree order; this nests them by their parent. */
function tree(objectives: readonly Objective[]) {
  const children = new Map<string | null, Objective[]>();
  const ids = new Set(objectives.map((o) => o.id));
  for (const objective of objectives) {
    const parent = objective.parent && ids.has(objective.parent.id) ? objective.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), objective]);
  }
  return children;
}

/** "Move up" and "move down" for the objective at `index` of its siblings, for those who may. */
type Movers = (siblings: readonly Objective[], index: number) => ReactNode;

/** What an objective in the tree is given: its place among its siblings, the tree, the moves. */
interface Placed {
  nodes: Map<string | null, Objective[]>;
  movers: Movers;
  onChanged: () => void;
}

/** The objectives under one parent (null: the top level), in their order. */
function Level({
  siblings,
  className,
  ...placed
}: Placed & { siblings: Objective[]; className: string }) {
  return (
    <ol className={className}>
      {siblings.map((objective, index) => (
        <ObjectiveItem key={objective.id} objective={objective} {...placed}>
          {placed.movers(siblings, index)}
        </ObjectiveItem>
      ))}
    </ol>
  );
}

/**
 * An objective (the target of `#<id>` links), who holds which role, its indicators, its children;
 * for those who may, its controls (`children`: its moves among its siblings) and "add an
 * indicator".
 */
function ObjectiveItem({
  objective,
  children,
  ...placed
}: Placed & { objective: Objective; children: ReactNode }) {
  const { nodes, onChanged } = placed;
  const { t, label } = useT();
  const kids = nodes.get(objective.id) ?? [];
  const what = `${objective.code} ${objective.title}`;
  return (
    <li className="objective" id={objective.id}>
      <div className="objective-head">
        <span className="code">{objective.code}</span>
        <span className="objective-title">{objective.title}</span>
        <Source citations={objective.sources} />
        <RelationControls
          typename="Objective"
          relation={objective}
          what={what}
          onChanged={onChanged}
        >
          {children}
        </RelationControls>
      </div>
      {objective.description ? <p className="objective-text">{objective.description}</p> : null}
      {objective.responsibilities.length ? (
        <ul className="chips" aria-label={t.responsibilities}>
          {objective.responsibilities.map((r) => (
            <li key={r.id} className={`chip chip-${r.raci}`}>
              <Link to={routes.actor(r.actor.slug)}>{r.actor.name}</Link>
              <span className="muted"> · {label(r.role)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {objective.indicators.length ? (
        <Indicators indicators={objective.indicators} onChanged={onChanged} />
      ) : null}
      <AddRelation
        typename="Indicator"
        label={t.editAddIndicator}
        title={t.editAddIndicatorTitle(what)}
        fixed={{ objective: objective.id }}
        may={objective.viewerCanUpdate}
        onChanged={onChanged}
      />
      {kids.length ? <Level siblings={kids} className="objectives" {...placed} /> : null}
    </li>
  );
}

/**
 * The strategy's objectives as a tree, or a word that it has none; for those who may change the
 * strategy, each objective's moves among its siblings and "add an objective" (under another
 * one: its parent).
 */
export function Objectives({ strategy, onChanged }: { strategy: Strategy; onChanged: () => void }) {
  const { t } = useT();
  const { objectives } = strategy;
  const nodes = tree(objectives);
  const drawn = useRef<HTMLDivElement>(null);
  const moves = useMoves(drawn, objectives.map((o) => o.id).join(), onChanged);
  // Their order is the strategy's: saved on its version, one level at a time.
  const movers: Movers = (siblings, index) =>
    strategy.viewerCanUpdate
      ? moves.movers(
          siblings.map((o) => o.id),
          index,
          `${siblings[index].code} ${siblings[index].title}`,
          (ids) =>
            changeOf(ObjectivesReorderDocument, {
              strategy: strategy.id,
              version: strategy.version,
              parent: siblings[index].parent?.id ?? null,
              objectives: ids,
            }),
        )
      : null;
  return (
    <Section id="objectives" title={t.objectives} count={objectives.length} wide>
      {objectives.length === 0 ? (
        <p className="muted">{t.noObjectives}</p>
      ) : (
        <div ref={drawn}>
          <Level
            siblings={nodes.get(null) ?? []}
            className="objectives objectives-root"
            nodes={nodes}
            movers={movers}
            onChanged={onChanged}
          />
          {moves.shown}
        </div>
      )}
      <AddRelation
        typename="Objective"
        label={t.editAddObjective}
        title={t.editAddObjectiveTitle(strategy.name)}
        fixed={{ strategy: strategy.id }}
        may={strategy.viewerCanUpdate}
        onChanged={onChanged}
      />
    </Section>
  );
}
