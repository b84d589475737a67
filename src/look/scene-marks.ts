/**
 * The marks of a scene in SVG, drawn with the visual encoding (actors, lines, arrows, halos,
 * labels) the way the canvas draws them.
 */
import type { ActorKind, Tension } from '../model/vocabulary.ts';
import { ACTOR_BORDER, actorLook, POLYGON_CORNERS } from './actors.ts';
import { CONTESTED_RAIL, TENSION_LINES } from './lines.ts';
import { INK, SELECTION_HALO } from './palette.ts';
import type { Point, SceneEdge, SceneNode } from './scene.ts';
import { DIMMED_OPACITY, HALO as SELECTION } from './states.ts';
import { el, finite, num, pt, textBlock, textWidth, wrap, xy, type Attrs } from './svg-markup.ts';

/** A line of the given tension: colour, dash pattern and round caps, as the canvas draws it. */
export function stroke(tension: Tension, width?: number, color?: string): Attrs {
  const line = TENSION_LINES[`${tension}`] ?? TENSION_LINES['0'];
  const dash = line.dash.length > 0 ? line.dash.join(' ') : undefined;
  const c = color ?? line.color;
  const w = width ?? line.width;
  return {
    fill: 'none',
    stroke: c,
    'stroke-width': w,
    'stroke-linecap': 'round',
    'stroke-dasharray': dash,
  };
}

const HALO = { 'paint-order': 'stroke', stroke: '#fff', 'stroke-linejoin': 'round' };
export const NODE_FONT = 15;
export const NODE_LINE = 18;
export const EDGE_FONT = 12;
export const MAX_SCALE = 1.5;

/** The node outline for an actor kind centred on (x, y), `scale`d and widened by `grow`. */
export function shape(
  kind: ActorKind,
  x: number,
  y: number,
  attrs: Attrs,
  scale = 1,
  grow = 0,
): string {
  const { shape: form, size } = actorLook(kind);
  const [w, h] = [size[0] * scale + 2 * grow, size[1] * scale + 2 * grow];
  if (form === 'hexagon' || form === 'diamond') {
    const c = POLYGON_CORNERS[form];
    const corners = c
      .filter((_, i) => i % 2 === 0)
      .map((cx, i) => ({ x: x + (cx * w) / 4, y: y + (c[2 * i + 1]! * h) / 4 }));
    return el('polygon', { points: corners.map(xy).join(' '), ...attrs });
  }
  if (form === 'round-rectangle') {
    const rect = { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: Math.min(w, h) / 4 };
    return el('rect', { ...rect, ...attrs });
  }
  return el('ellipse', { cx: x, cy: y, rx: w / 2, ry: h / 2, ...attrs });
}

/** Fill and border of an actor kind (former states dashed). */
export function outline(kind: ActorKind, width: number, dash: string): Attrs {
  const { fill, dashedBorder } = actorLook(kind);
  return {
    fill,
    stroke: INK,
    'stroke-width': width,
    'stroke-dasharray': dashedBorder ? dash : undefined,
  };
}

export function drawNode(n: SceneNode, textAttrs: Attrs): string {
  const { x, y } = pt(n);
  const kind = n.kind;
  const halo = { class: 'fl-node-halo', fill: SELECTION_HALO, 'fill-opacity': SELECTION.opacity };
  const label = textBlock(wrap(n.label, 18), x, y + actorLook(kind).size[1] / 2 + 18.5, NODE_LINE, {
    ...textAttrs,
    ...{ 'font-size': NODE_FONT, 'font-weight': 600, fill: INK, 'text-anchor': 'middle' },
    ...{ ...HALO, 'stroke-width': 4 },
  });
  return el(
    'g',
    { class: 'fl-actor', opacity: n.dimmed ? DIMMED_OPACITY : undefined },
    (n.selected ? shape(kind, x, y, halo, 1, SELECTION.padding) : '') +
      shape(kind, x, y, {
        class: 'fl-node',
        ...outline(kind, n.selected ? ACTOR_BORDER.selected : ACTOR_BORDER.normal, '5 3'),
      }) +
      label,
  );
}

export function drawEdge(e: SceneEdge): string {
  const width = Math.min(Math.max(finite(e.width, 2), 0.5), 30);
  const [start, control] = [pt(e.start), e.control ? pt(e.control) : undefined];
  let end = pt(e.end);
  let arrow = '';
  const from = control ?? start;
  const length = Math.hypot(end.x - from.x, end.y - from.y);
  if (e.directed && length > 0) {
    // A triangle with its tip on the end point; the line stops inside it so no cap pokes out.
    const [ux, uy] = [(end.x - from.x) / length, (end.y - from.y) / length];
    const len = 8 + 2.2 * width;
    const [bx, by, half] = [end.x - ux * len, end.y - uy * len, len / 2];
    const corners = [
      end,
      { x: bx - uy * half, y: by + ux * half },
      { x: bx + uy * half, y: by - ux * half },
    ];
    const fill = stroke(e.tension).stroke;
    arrow = el('polygon', { class: 'fl-arrow', fill, points: corners.map(xy).join(' ') });
    const outer = (e.contested ? width + CONTESTED_RAIL : width) / 2;
    const shorten = Math.min(len, Math.max(len / 2, 3 * outer), length / 2);
    end = { x: end.x - ux * shorten, y: end.y - uy * shorten };
  }
  const via = control ? `Q${num(control.x)} ${num(control.y)} ` : 'L';
  const d = `M${num(start.x)} ${num(start.y)} ${via}${num(end.x)} ${num(end.y)}`;
  const path = (cls: string, attrs: Attrs) => el('path', { class: cls, d, ...attrs });
  const halo = {
    ...stroke(e.tension, width + 2 * SELECTION.padding, SELECTION_HALO),
    'stroke-dasharray': undefined,
  };
  return (
    (e.selected ? path('fl-edge-halo', { ...halo, 'stroke-opacity': SELECTION.opacity }) : '') +
    // Contested: a double line, a white core inside two rails of the tension colour.
    (e.contested
      ? path('fl-edge-rail', stroke(e.tension, width + CONTESTED_RAIL)) +
        path('fl-edge', stroke(e.tension, width, '#ffffff'))
      : path('fl-edge', stroke(e.tension, width))) +
    arrow
  );
}

/** Where a path's label sits: the middle of the curve. */
function midpoint(e: SceneEdge): Point {
  const [s, t] = [pt(e.start), pt(e.end)];
  const c = e.control ? pt(e.control) : { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  return { x: 0.25 * s.x + 0.5 * c.x + 0.25 * t.x, y: 0.25 * s.y + 0.5 * c.y + 0.25 * t.y };
}

export function edgeLabel(e: SceneEdge, textAttrs: Attrs): string {
  if (!e.label) return '';
  const m = midpoint(e);
  return textBlock([e.label], m.x, m.y + EDGE_FONT * 0.35, 0, {
    ...textAttrs,
    ...{ class: 'fl-edge-label', 'font-size': EDGE_FONT, 'text-anchor': 'middle' },
    ...(e.selected ? { 'font-weight': 700, fill: INK } : { fill: '#3a3a3a' }),
    ...{ ...HALO, 'stroke-width': 4 },
  });
}

/** The scene's extent in scene coordinates, labels included. */
export function bounds(nodes: SceneNode[], edges: SceneEdge[]) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of nodes) {
    const { x, y } = pt(n);
    const [w, h] = actorLook(n.kind).size;
    const lines = wrap(n.label, 18);
    const half = Math.max(w / 2, textWidth(lines, NODE_FONT) / 2) + 7;
    xs.push(x - half, x + half);
    ys.push(y - h / 2 - 7, y + h / 2 + 10 + lines.length * NODE_LINE);
  }
  for (const e of edges) {
    const [s, t, m] = [pt(e.start), pt(e.end), midpoint(e)];
    const half = textWidth([e.label ?? ''], EDGE_FONT) / 2 + 4;
    xs.push(s.x, t.x, m.x - half, m.x + half);
    ys.push(s.y, t.y, m.y - EDGE_FONT, m.y + EDGE_FONT);
  }
  const [min, max] = [
    (a: number, b: number) => Math.min(a, b),
    (a: number, b: number) => Math.max(a, b),
  ];
  return { minX: xs.reduce(min), maxX: xs.reduce(max), minY: ys.reduce(min), maxY: ys.reduce(max) };
}
