/**
 * SVG markup as strings: escaping, sane numbers, elements and wrapped text. Labels come from
 * strangers' files, so every text is escaped and characters XML forbids are dropped.
 */
import type { Point } from './scene.ts';

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
export const finite = (n: number, fallback = 0) =>
  Number.isFinite(n) ? Math.max(-1e6, Math.min(1e6, n)) : fallback;
export const num = (n: number, digits = 2) => String(Number(finite(n).toFixed(digits)));
export const pt = (p: Point | undefined): Point => ({ x: finite(p?.x ?? 0), y: finite(p?.y ?? 0) });
export const xy = (p: Point) => `${num(p.x)},${num(p.y)}`;

export type Attrs = Record<string, string | number | undefined>;
export function el(name: string, attrs: Attrs, content?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
  return content === undefined ? `<${name}${a}/>` : `<${name}${a}>${content}</${name}>`;
}

/** Words in lines of at most `max` characters (a longer word keeps a line of its own). */
export function wrap(text: string, max: number, maxLines = 3): string[] {
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
export const charsFor = (width: number, fontSize: number) =>
  Math.max(8, Math.floor(width / (fontSize * 0.56)));
export const textWidth = (lines: string[], fontSize: number) =>
  Math.max(0, ...lines.map((l) => Array.from(l).length)) * fontSize * 0.56;

/** A text block: one tspan per line, each at x. */
export function textBlock(lines: string[], x: number, y: number, lineHeight: number, attrs: Attrs) {
  const spans = lines.map((l, i) =>
    el('tspan', { x, dy: i ? lineHeight : undefined }, escapeXml(l)),
  );
  return el('text', { x, y, ...attrs }, spans.join(''));
}
