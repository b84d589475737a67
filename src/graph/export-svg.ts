/**
 * The current view as a standalone SVG 1.1 picture: title, the canvas scene redrawn with the
 * visual encoding in src/look, a legend and the source line. Pure string building, testable
 * without a browser. Labels come from strangers' files, so every text is escaped and ids are left
 * out of the markup entirely.
 */
import type { ActorKind, Tension } from '../model/vocabulary.ts';
import { ACTOR_BORDER, actorLook, POLYGON_CORNERS } from '../look/actors.ts';
import { CONTESTED_RAIL, TENSION_LINES } from '../look/lines.ts';
import { FONT_FAMILY, INK, SELECTION_HALO } from '../look/palette.ts';
import { DIMMED_OPACITY, HALO as SELECTION } from '../look/states.ts';

export interface Point {
  x: number;
  y: number;
}

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  label: string;
  kind: ActorKind;
  dimmed: boolean;
  selected: boolean;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  tension: Tension;
  directed: boolean;
  contested: boolean;
  width: number;
  label: string;
  selected: boolean;
  /** Path in the same coordinates as the nodes: start point, optional quadratic control point, end point (cytoscape bezier edges). */
  start: Point;
  control?: Point;
  end: Point;
}

export interface SceneText {
  title: string;
  subtitle?: string;
  sourceLine: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  legend: {
    actorKinds: { kind: ActorKind; label: string }[];
    tensions: { tension: Tension; label: string }[];
    notes: string[];
  };
}

/* eslint-disable no-control-regex -- the point is to drop what XML 1.0 forbids. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const ENTITIES = new Map(
  Object.entries({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }),
);

/** Text safe inside an element or a quoted attribute: characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  return String(s)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => `&${ENTITIES.get(c)};`);
}

/** Coordinates come from a layout engine: keep them finite and of sane size. */
const finite = (n: number, fallback = 0) =>
  Number.isFinite(n) ? Math.max(-1e6, Math.min(1e6, n)) : fallback;
const num = (n: number, digits = 2) => String(Number(finite(n).toFixed(digits)));
const pt = (p: Point | undefined): Point => ({ x: finite(p?.x ?? 0), y: finite(p?.y ?? 0) });
const xy = (p: Point) => `${num(p.x)},${num(p.y)}`;

type Attrs = Record<string, string | number | undefined>;
function el(name: string, attrs: Attrs, content?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
  return content === undefined ? `<${name}${a}/>` : `<${name}${a}>${content}</${name}>`;
}

/** A line of the given tension: colour, dash pattern and round caps, as the canvas draws it. */
function stroke(tension: Tension, width?: number, color?: string): Attrs {
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
const NODE_FONT = 15;
const NODE_LINE = 18;
const EDGE_FONT = 12;
const MAX_SCALE = 1.5;

/** Words in lines of at most `max` characters (a longer word keeps a line of its own). */
function wrap(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && Array.from(`${last} ${word}`).length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`];
}
const charsFor = (width: number, fontSize: number) =>
  Math.max(8, Math.floor(width / (fontSize * 0.56)));
const textWidth = (lines: string[], fontSize: number) =>
  Math.max(0, ...lines.map((l) => Array.from(l).length)) * fontSize * 0.56;

/** A text block: one tspan per line, each at x. */
function textBlock(lines: string[], x: number, y: number, lineHeight: number, attrs: Attrs) {
  const spans = lines.map((l, i) =>
    el('tspan', { x, dy: i ? lineHeight : undefined }, escapeXml(l)),
  );
  return el('text', { x, y, ...attrs }, spans.join(''));
}

/** The node outline for an actor kind centred on (x, y), `scale`d and widened by `grow`. */
function shape(kind: ActorKind, x: number, y: number, attrs: Attrs, scale = 1, grow = 0): string {
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
function outline(kind: ActorKind, width: number, dash: string): Attrs {
  const { fill, dashedBorder } = actorLook(kind);
  return {
    fill,
    stroke: INK,
    'stroke-width': width,
    'stroke-dasharray': dashedBorder ? dash : undefined,
  };
}

function drawNode(n: SceneNode, textAttrs: Attrs): string {
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

function drawEdge(e: SceneEdge): string {
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

function edgeLabel(e: SceneEdge, textAttrs: Attrs): string {
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
function bounds(nodes: SceneNode[], edges: SceneEdge[]) {
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

interface Frame {
  top: number;
  P: number;
  inner: number;
  /** Mirrors an x for right-to-left pages. */
  X: (x: number) => number;
  aligned: Attrs;
}

/** Actor shapes and tension lines in two columns, then the notes; returns where it ends. */
function drawLegend(legend: SceneText['legend'], { top, P, inner, X, aligned }: Frame) {
  const out: string[] = [];
  const row = (i: number) => top + i * 26 + 11;
  const label = (value: string, x: number, y: number) =>
    textBlock([value], X(x), y + 5, 0, { ...aligned, 'font-size': 14, fill: INK });
  legend.actorKinds.forEach(({ kind, label: value }, i) => {
    const attrs = { class: 'fl-legend-shape', ...outline(kind, 1.6, '3 2') };
    out.push(shape(kind, X(P + 12), row(i), attrs, 0.55), label(value, P + 32, row(i)));
  });
  const col = legend.actorKinds.length > 0 ? P + Math.min(inner / 2, 300) : P;
  legend.tensions.forEach(({ tension, label: value }, i) => {
    const ends = { x1: X(col + 2), x2: X(col + 42), y1: row(i), y2: row(i) };
    const sample = { class: 'fl-legend-line', ...ends, ...stroke(tension) };
    out.push(el('line', sample), label(value, col + 54, row(i)));
  });
  let y = top + Math.max(legend.actorKinds.length, legend.tensions.length) * 26 + 8;
  for (const note of legend.notes) {
    const lines = wrap(note, charsFor(inner, 13), 4);
    out.push(textBlock(lines, X(P), y + 13, 18, { ...aligned, 'font-size': 13, fill: '#3a3a3a' }));
    y += lines.length * 18 + 2;
  }
  return { svg: out.length > 0 ? el('g', { class: 'fl-legend' }, out.join('')) : '', bottom: y };
}

/**
 * Just the graph, in scene coordinates, for `box` to fill its element the way Cytoscape's fit
 * does (centred, scaled to the tighter side): the picture an embed shows before it is interactive.
 */
export function sceneSvg(
  nodes: SceneNode[],
  edges: SceneEdge[],
  box: { x: number; y: number; width: number; height: number },
  dir: 'ltr' | 'rtl',
): string {
  const textAttrs: Attrs = { direction: dir === 'rtl' ? 'rtl' : undefined };
  const scene = [
    ...edges.map(drawEdge),
    ...nodes.map((n) => drawNode(n, textAttrs)),
    ...edges.map((e) => edgeLabel(e, textAttrs)),
  ];
  const viewBox = [box.x, box.y, box.width, box.height].map((v) => num(v)).join(' ');
  return el(
    'svg',
    {
      ...{ xmlns: 'http://www.w3.org/2000/svg', viewBox, preserveAspectRatio: 'xMidYMid meet' },
      ...{ width: '100%', height: '100%', 'font-family': FONT_FAMILY, 'aria-hidden': 'true' },
    },
    scene.join(''),
  );
}

export function sceneToSvg(
  nodes: SceneNode[],
  edges: SceneEdge[],
  text: SceneText,
  options: { width?: number; padding?: number } = {},
): string {
  const W = Math.max(finite(options.width ?? 1200, 1200), 320);
  const P = Math.min(Math.max(finite(options.padding ?? 40, 40), 0), W / 4);
  const inner = W - 2 * P;
  const rtl = text.dir === 'rtl';
  // Right to left: text anchored at its start, which direction="rtl" puts on its right side.
  const X = (x: number) => (rtl ? W - x : x);
  const textAttrs: Attrs = { direction: rtl ? 'rtl' : undefined };
  const aligned: Attrs = { ...textAttrs, 'text-anchor': 'start' };
  const parts: string[] = [];
  let y = P;
  const block = (value: string, size: number, lineHeight: number, attrs: Attrs, maxLines = 3) => {
    const lines = wrap(value, charsFor(inner, size), maxLines);
    const all = { ...aligned, 'font-size': size, ...attrs };
    if (lines.length > 0) parts.push(textBlock(lines, X(P), y + size, lineHeight, all));
    y += lineHeight * lines.length;
  };

  block(text.title, 24, 30, { class: 'fl-title', 'font-weight': 700, fill: INK });
  if (text.subtitle) block(text.subtitle, 15, 20, { class: 'fl-subtitle', fill: '#3a3a3a' });
  y += 16;
  if (nodes.length > 0 || edges.length > 0) {
    const box = bounds(nodes, edges);
    const [bw, bh] = [Math.max(box.maxX - box.minX, 1), Math.max(box.maxY - box.minY, 1)];
    const scale = Math.min(inner / bw, (inner * 0.85) / bh, MAX_SCALE);
    const [tx, ty] = [P + (inner - bw * scale) / 2 - box.minX * scale, y - box.minY * scale];
    const transform = `translate(${num(tx)} ${num(ty)}) scale(${num(scale, 5)})`;
    const scene = [
      ...edges.map(drawEdge),
      ...nodes.map((n) => drawNode(n, textAttrs)),
      ...edges.map((e) => edgeLabel(e, textAttrs)),
    ];
    parts.push(el('g', { class: 'fl-graph', transform }, scene.join('')));
    y += bh * scale;
  }
  const legend = drawLegend(text.legend, { top: y + 28, P, inner, X, aligned });
  parts.push(legend.svg);
  y = legend.bottom + 16;
  block(text.sourceLine, 12, 16, { class: 'fl-source', fill: '#555555' }, 4);
  const H = Math.ceil(y + P);

  const root = {
    ...{ xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width: W, height: H },
    ...{ viewBox: `0 0 ${num(W)} ${num(H)}`, 'xml:lang': text.lang, 'font-family': FONT_FAMILY },
  };
  const background = el('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' });
  const content = [el('title', {}, escapeXml(text.title)), background, ...parts].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('svg', root, `\n${content}\n`)}\n`;
}
