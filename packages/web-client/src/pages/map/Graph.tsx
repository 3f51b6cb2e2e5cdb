import cytoscape, {
  type Core,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useReducedMotion } from './motion';
import {
  APPEARED_CLASS,
  STYLESHEET,
  edgeElementId,
  elementsOf,
  type MapEdge,
  type MapNode,
} from './style';

const COSE = {
  name: 'cose',
  randomize: false,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 70,
} as const;

/** Where a node added to a drawn map starts: beside its drawn neighbours, or the drawing's centre. */
function startOf(node: NodeSingular, placed: NodeCollection, index: number): Position {
  const around = node.neighborhood('node').intersection(placed);
  const base = around.nonempty()
    ? around.boundingBox({ includeLabels: false })
    : placed.boundingBox({ includeLabels: false });
  // The golden angle spreads several newcomers around the same place.
  const angle = index * 2.4;
  return {
    x: (base.x1 + base.x2) / 2 + 45 * Math.cos(angle),
    y: (base.y1 + base.y2) / 2 + 45 * Math.sin(angle),
  };
}

/** The layout each drawing runs, stopped when the next change comes before it ends. */
const running = new WeakMap<Core, cytoscape.Layouts>();

/**
 * Brings the drawing to `nodes` and `edges` without starting afresh, so that a replay moves only
 * what changed: elements no longer there are removed, the others keep their places; new nodes
 * start beside their neighbours and a layout settles them with every other node locked. Only the
 * first drawing lays out everything.
 */
function redraw(cy: Core, nodes: MapNode[], edges: MapEdge[], animate: boolean) {
  const wanted = elementsOf(nodes, edges);
  const ids = new Set(wanted.map((element) => element.data.id));
  cy.elements()
    .filter((element) => !ids.has(element.id()))
    .remove();
  const placed = cy.nodes();
  // What stays takes its data of the new day (a name or a role may differ).
  wanted.forEach((element) => cy.getElementById(element.data.id!).data(element.data));
  const added = cy.add(wanted.filter((element) => cy.getElementById(element.data.id!).empty()));
  const newcomers = added.nodes();
  if (newcomers.empty()) return;
  running.get(cy)?.stop();
  if (placed.empty()) {
    cy.layout({ ...COSE, animate: false }).run();
    return;
  }
  newcomers.forEach((node, index) => {
    node.position(startOf(node, placed, index));
  });
  placed.lock();
  const layout = cy.layout({
    ...COSE,
    // cytoscape's cose takes 'end' (move from the start to the end positions, not through every
    // step of the simulation) though its types only say boolean.
    animate: (animate ? 'end' : false) as boolean,
    animationDuration: 400,
  });
  layout.one('layoutstop', () => placed.unlock());
  running.set(cy, layout);
  layout.run();
}

/**
 * The map drawn with cytoscape. One cytoscape instance lives as long as the component; changes
 * of the nodes and edges are applied to it (see `redraw`). `appeared` (edge IDs) are highlighted.
 */
export function Graph({
  nodes,
  edges,
  appeared,
  day,
  selected,
  onSelect,
  cyRef,
}: {
  nodes: MapNode[];
  edges: MapEdge[];
  appeared: ReadonlySet<string>;
  /** The day drawn (YYYY-MM-DD), for `data-day`. */
  day: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  cyRef: { current: Core | null };
}) {
  const container = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const select = useEffectEvent((id: string | null) => onSelect(id));
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      wheelSensitivity: 0.3,
      style: STYLESHEET,
    });
    cy.on('tap', 'node', (event) => select(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) select(null);
    });
    cyRef.current = cy;
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [cyRef]);
  useEffect(() => {
    if (cyRef.current) redraw(cyRef.current, nodes, edges, !reducedMotion);
  }, [nodes, edges, reducedMotion, cyRef]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.edges().removeClass(APPEARED_CLASS);
    appeared.forEach((id) => cy.getElementById(edgeElementId(id)).addClass(APPEARED_CLASS));
  }, [appeared, cyRef, edges]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, cyRef, nodes]);
  return (
    <div
      ref={container}
      className="map-canvas"
      data-nodes={nodes.length}
      data-edges={edges.length}
      data-day={day}
      aria-hidden="true"
    />
  );
}
