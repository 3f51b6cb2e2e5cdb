import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { DASHES, type LineStyle } from './style';

/**
 * The drawn map as a standalone SVG file, from cytoscape's positions and computed styles (so a
 * highlighted edge is gold in the file too): nodes as their shapes, labels as text, edges as
 * lines or curves with their dash styles and arrowheads. Written here rather than with the
 * `cytoscape-svg` package, which is GPL-3.0 while Samverkan is MIT.
 */
export function svgOf(cy: Core, title: string): string {
  const box = cy.elements().boundingBox({});
  const pad = 20;
  const [x, y] = [box.x1 - pad, box.y1 - pad];
  const [width, height] = [box.w + 2 * pad, box.h + 2 * pad];
  const f = (n: number) => Number(n.toFixed(1));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="${f(x)} ${f(y)} ${f(width)} ${f(height)}" font-family="system-ui, sans-serif">`,
    `<title>${xmlText(title)}</title>`,
    `<rect x="${f(x)}" y="${f(y)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...cy.edges().map(edgeSvg),
    '</g>',
    '<g class="nodes">',
    ...cy.nodes().map(nodeSvg),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xmlText = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const num = (value: string) => parseFloat(value);
const point = (p: Position) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/** The outline of each polygonal shape the map uses, on a square from -1 to 1. */
const POLYGONS: Record<string, [number, number][]> = {
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
  ],
  pentagon: [0, 1, 2, 3, 4].map((i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    return [Math.cos(angle), Math.sin(angle)];
  }),
};

function shapeSvg(node: NodeSingular, paint: string): string {
  const { x, y } = node.position();
  const [w, h] = [node.width(), node.height()];
  const shape = String(node.style('shape'));
  if (shape === 'ellipse') {
    return `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" ${paint}/>`;
  }
  if (shape.endsWith('rectangle')) {
    const corner = shape.startsWith('round') ? ' rx="4"' : '';
    return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}"${corner} ${paint}/>`;
  }
  const outline = POLYGONS[shape.replace(/^round-/, '')] ?? POLYGONS.diamond;
  const points = outline.map(([px, py]) => point({ x: x + (px * w) / 2, y: y + (py * h) / 2 }));
  return `<polygon points="${points.join(' ')}" stroke-linejoin="round" ${paint}/>`;
}

function nodeSvg(node: NodeSingular): string {
  const paint = `fill="${node.style('background-color')}" stroke="${node.style('border-color')}" stroke-width="${num(node.style('border-width'))}"`;
  const size = num(node.style('font-size'));
  const labelY = node.position('y') + node.height() / 2 + num(node.style('text-margin-y')) + size;
  const label = String(node.data('label') ?? '');
  return [
    `<g class="node">`,
    shapeSvg(node, paint),
    `<text x="${node.position('x').toFixed(1)}" y="${labelY.toFixed(1)}" font-size="${size}" text-anchor="middle" fill="${node.style('color')}" stroke="#ffffff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">${xmlText(label)}</text>`,
    '</g>',
  ].join('');
}

function edgeSvg(edge: EdgeSingular): string {
  const source = edge.sourceEndpoint();
  const target = edge.targetEndpoint();
  const controls = edge.controlPoints() ?? [];
  // A bezier edge (several between two nodes) is a chain of quadratic curves, as cytoscape
  // draws it: through the midpoints between its control points.
  const curve = controls
    .map((control, i) => {
      const next = controls[i + 1];
      const end = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : target;
      return `Q${point(control)} ${point(end)}`;
    })
    .join(' ');
  const path = `M${point(source)} ${curve || `L${point(target)}`}`;
  const colour = edge.style('line-color');
  const width = num(edge.style('width'));
  const dash = DASHES[edge.style('line-style') as LineStyle];
  const from = controls.at(-1) ?? source;
  return [
    `<g class="edge" opacity="${edge.style('opacity')}">`,
    `<path d="${path}" fill="none" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    arrowhead(from, target, width, edge.style('target-arrow-color')),
    '</g>',
  ].join('');
}

/** A triangle whose tip is `tip`, pointing away from `from`, sized to the line as cytoscape does. */
function arrowhead(from: Position, tip: Position, width: number, colour: string): string {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
  const size = 0.7 * (6 + 3 * width);
  const base = { x: tip.x - dx * size, y: tip.y - dy * size };
  const half = size * 0.55;
  const left = { x: base.x - dy * half, y: base.y + dx * half };
  const right = { x: base.x + dy * half, y: base.y - dx * half };
  return `<polygon points="${point(tip)} ${point(left)} ${point(right)}" fill="${colour}"/>`;
}
