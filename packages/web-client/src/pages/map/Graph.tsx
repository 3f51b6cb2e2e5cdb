import cytoscape, {
  type Core,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useT } from '../../i18n';
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

/** The space left around the map when it is fitted to the canvas, in pixels. */
const FIT_PADDING = 24;
/** How much one press of "zoom in" or "zoom out" changes the zoom. */
const ZOOM_STEP = 1.4;

/**
 * The labels are sized by the zoom (see `STYLESHEET`): restyled once a frame while it changes,
 * not on every wheel event.
 */
function restyleOnZoom(cy: Core) {
  let frame = 0;
  cy.on('zoom', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!cy.destroyed()) cy.style().update();
    });
  });
}

/** Zooms about the middle of the canvas, within cytoscape's zoom limits. */
function zoomBy(cy: Core, factor: number) {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
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
    cy.layout({ ...COSE, animate: false, fit: true, padding: FIT_PADDING }).run();
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
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const reducedMotion = useReducedMotion();
  const select = useEffectEvent((id: string | null) => onSelect(id));
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: STYLESHEET,
    });
    restyleOnZoom(cy);
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
  const zoomIn = () => {
    if (cyRef.current) zoomBy(cyRef.current, ZOOM_STEP);
  };
  const zoomOut = () => {
    if (cyRef.current) zoomBy(cyRef.current, 1 / ZOOM_STEP);
  };
  const fit = () => cyRef.current?.fit(undefined, FIT_PADDING);
  return (
    <div className="map-graph">
      <div className="map-view" role="group" aria-label={t.mapView}>
        <button type="button" onClick={zoomIn}>
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t.mapZoomIn}</span>
        </button>
        <button type="button" onClick={zoomOut}>
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t.mapZoomOut}</span>
        </button>
        <button type="button" onClick={fit}>
          {t.mapFit}
        </button>
      </div>
      <div
        ref={container}
        className="map-canvas"
        data-nodes={nodes.length}
        data-edges={edges.length}
        data-day={day}
        aria-hidden="true"
      />
    </div>
  );
}
