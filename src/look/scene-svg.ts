/**
 * The current view as a standalone SVG 1.1 picture: title, the canvas scene redrawn with the
 * visual encoding in src/look, a legend and the source line. Pure string building, testable
 * without a browser. Labels come from strangers' files, so every text is escaped and ids are left
 * out of the markup entirely.
 */
import { FONT_FAMILY, INK } from './palette.ts';
import type { SceneEdge, SceneNode, SceneText } from './scene.ts';
import {
  bounds,
  drawEdge,
  drawNode,
  edgeLabel,
  MAX_SCALE,
  outline,
  shape,
  stroke,
} from './scene-marks.ts';
import { charsFor, el, escapeXml, finite, num, textBlock, wrap, type Attrs } from './svg-markup.ts';

export type { SceneEdge, SceneNode, SceneText } from './scene.ts';
export { escapeXml } from './svg-markup.ts';

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
