import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { ResponsibilityRole, WhoDoesWhatQuery } from '@samverkan/schema';
import { RESPONSIBILITY_ROLES } from '../../enums';

export type MapNode = WhoDoesWhatQuery['whoDoesWhat']['nodes'][number];
export type MapEdge = WhoDoesWhatQuery['whoDoesWhat']['edges'][number];

/** Shape by node kind. */
export const SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  ACTOR: 'ellipse',
  PERSON: 'round-triangle',
  FORUM: 'round-rectangle',
  STRATEGY: 'diamond',
  OBJECTIVE: 'round-diamond',
  TOPIC: 'hexagon',
  AREA: 'round-pentagon',
};
/** The legend's small SVG stand-ins for the shapes. */
export const SHAPE_ICONS: Record<string, string> = {
  ACTOR: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z',
  PERSON: 'M8 1.5 15 14.5H1z',
  FORUM: 'M2 3h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z',
  STRATEGY: 'M8 0.5 15.5 8 8 15.5 0.5 8z',
  OBJECTIVE: 'M8 2.5 13.5 8 8 13.5 2.5 8z',
  TOPIC: 'M4 1.5h8L16 8l-4 6.5H4L0 8z',
  AREA: 'M8 1l7 5-2.7 8.5H3.7L1 6z',
};
/** Colour by sector (actors); other kinds in neutral tones. Checked against white text. */
export const SECTOR_COLOURS: Record<string, string> = {
  PUBLIC: '#1d5fa8',
  BUSINESS: '#b34a00',
  ACADEMIA: '#6a3d9a',
  CIVIL_SOCIETY: '#2f7d32',
};
export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#5c6670',
  FORUM: '#0e7c86',
  STRATEGY: '#8a6d00',
  OBJECTIVE: '#a0812a',
  TOPIC: '#7a5c61',
  AREA: '#4b6b3c',
  ACTOR: '#44505c',
};
export type LineStyle = 'solid' | 'dashed' | 'dotted';
/** How the map draws an edge's line. */
interface LineLook {
  color: string;
  style: LineStyle;
}
/** Line style and colour by edge kind. */
export const EDGE_STYLES: Record<string, LineLook> = {
  RESPONSIBILITY: { color: '#b3261e', style: 'solid' },
  MEMBERSHIP: { color: '#0e7c86', style: 'solid' },
  POSITION: { color: '#5c6670', style: 'dotted' },
  REPRESENTS: { color: '#6a3d9a', style: 'dashed' },
  PARENT: { color: '#44505c', style: 'dashed' },
  IMPLEMENTS: { color: '#8a6d00', style: 'dashed' },
  ANCHORED_IN: { color: '#8a6d00', style: 'dotted' },
  SUCCEEDED_BY: { color: '#44505c', style: 'dotted' },
  // Where an actor works: a lighter shade of the areas' green, dotted, behind the work itself.
  OPERATES_IN: { color: '#5b8c3a', style: 'dotted' },
  // A record's own fields: its chair and convenor (a forum's), its owner (a strategy's). Dashed
  // in the colour of the responsibility role they resemble, so the two read as kin, not as one.
  CHAIRS: { color: '#b3261e', style: 'dashed' },
  CONVENES_FORUM: { color: '#8e3b8e', style: 'dashed' },
  OWNS: { color: '#c25e00', style: 'dashed' },
};
/**
 * Responsibility edges by role: the roles that carry the work in strong colours, the RACI
 * bystanders (consulted, informed) in paler, broken lines.
 */
export const ROLE_STYLES: Record<string, LineLook> = {
  LEADS: { color: '#b3261e', style: 'solid' },
  CONVENES: { color: '#8e3b8e', style: 'solid' },
  EXECUTES: { color: '#c25e00', style: 'solid' },
  CONTRIBUTES: { color: '#8a6d00', style: 'solid' },
  FUNDS: { color: '#2f7d32', style: 'solid' },
  CONSULTED: { color: '#3c6e9c', style: 'dashed' },
  INFORMED: { color: '#7d8790', style: 'dotted' },
};

/** The role an edge is drawn by: a responsibility's, if it has one; null for other edges. */
function drawnRole(edge: { kind: string; role?: string | null }): string | null {
  return edge.kind === 'RESPONSIBILITY' && edge.role ? edge.role : null;
}

/** How an edge is drawn: by its role where it is a responsibility with one, else by its kind. */
export function edgeStyleOf(edge: { kind: string; role?: string | null }): LineLook {
  const role = drawnRole(edge);
  const byRole = role ? ROLE_STYLES[role] : undefined;
  return byRole ?? EDGE_STYLES[edge.kind] ?? { color: '#888', style: 'solid' };
}

/** A line of the legend: an edge kind and, for responsibilities, the role. */
type LineKey = { kind: string; role: string | null };

/** The legend's line entries for some edges: one per kind, and per role for responsibilities. */
export function lineKeysOf(edges: MapEdge[]): LineKey[] {
  const seen = new Map<string, LineKey>();
  for (const edge of edges) {
    const role = drawnRole(edge);
    seen.set(`${edge.kind}:${role}`, { kind: edge.kind, role });
  }
  const order = (key: LineKey) =>
    Object.keys(EDGE_STYLES).indexOf(key.kind) * 100 +
    (key.role ? RESPONSIBILITY_ROLES.indexOf(key.role as ResponsibilityRole) : 0);
  return [...seen.values()].sort((a, b) => order(a) - order(b));
}

/** The SVG dash pattern of a line style (the legend's and the exported file's). */
export const DASHES: Record<LineStyle, string | undefined> = {
  solid: undefined,
  dashed: '6 3',
  dotted: '2 3',
};

/** Edges that appeared on the day a replay stepped to: thicker, solid and gold. */
export const APPEARED_CLASS = 'appeared';
export const APPEARED_COLOUR = '#b8860b';
export const APPEARED_WIDTH = 5;

/** The cytoscape ID of an edge (edge and node IDs share one namespace there). */
export const edgeElementId = (id: string) => `e-${id}`;

export function colourOf(node: Pick<MapNode, 'kind' | 'sector'>): string {
  return (node.sector && SECTOR_COLOURS[node.sector]) || KIND_COLOURS[node.kind] || '#44505c';
}

export function elementsOf(nodes: MapNode[], edges: MapEdge[]): ElementDefinition[] {
  return [
    ...nodes.map((node) => ({
      data: {
        id: node.id,
        label: node.shortName || node.label,
        shape: SHAPES[node.kind] ?? 'ellipse',
        colour: colourOf(node),
        size: node.kind === 'PERSON' || node.kind === 'OBJECTIVE' ? 22 : 34,
      },
    })),
    ...edges.map((edge) => ({
      data: {
        id: edgeElementId(edge.id),
        source: edge.source,
        target: edge.target,
        colour: edgeStyleOf(edge).color,
        lineStyle: edgeStyleOf(edge).style,
        width: edge.role === 'LEADS' || edge.role === 'CONVENES' ? 3 : 1.5,
      },
    })),
  ];
}

/** The size of the labels on screen, in pixels, however far the map is zoomed out. */
export const LABEL_PX = 13;
const LABEL_WIDTH_PX = 130;

/**
 * How much larger than drawn a label is set so that it reads at `LABEL_PX` on screen: zoomed out
 * (a large map fitted to the canvas) the labels keep their size while the shapes shrink; zoomed
 * in past 1 they grow with everything else. The map restyles on zoom (`Graph`).
 */
const labelScale = (node: cytoscape.NodeSingular) => 1 / Math.min(node.cy().zoom(), 1);

/** How cytoscape draws the map. */
export const STYLESHEET: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': (node: cytoscape.NodeSingular) => LABEL_PX * labelScale(node),
      'font-family': 'system-ui, sans-serif',
      color: '#1b2530',
      'text-valign': 'bottom',
      'text-margin-y': (node: cytoscape.NodeSingular) => 3 * labelScale(node),
      'text-wrap': 'ellipsis',
      'text-max-width': (node: cytoscape.NodeSingular) => `${LABEL_WIDTH_PX * labelScale(node)}px`,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#ffbf47' },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)' as unknown as 'solid',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  {
    selector: `edge.${APPEARED_CLASS}`,
    style: {
      width: APPEARED_WIDTH,
      'line-color': APPEARED_COLOUR,
      'line-style': 'solid',
      'target-arrow-color': APPEARED_COLOUR,
      opacity: 1,
      'z-index': 10,
    },
  },
];
