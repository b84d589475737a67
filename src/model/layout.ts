/**
 * Deterministic graph layout by stress majorisation (SMACOF, Gansner–Koren–North 2004): place
 * actors so that straight-line distances match distances through the graph. Pure (no renderer),
 * so the same graph gets the same picture on every visit, in every language and screenshot.
 */
import type { Graph } from './graph.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Link {
  source: string;
  target: string;
  /** Preferred distance, in units. */
  length: number;
}

export interface LayoutOptions {
  /** Pixels per unit of link length. */
  unit?: number;
  iterations?: number;
  /**
   * Actors already placed (by an author, in pixels): they stay exactly there, and the others
   * are placed around them.
   */
  fixed?: ReadonlyMap<string, Point>;
}

/** One link per pair of actors; pairs with several relations get longer links for their curves. */
export function pairLinks(graph: Graph): Link[] {
  const pairs = new Map<string, Link>();
  for (const r of graph.relations) {
    if (r.source === r.target) continue;
    const [a, b] = r.source < r.target ? [r.source, r.target] : [r.target, r.source];
    const key = JSON.stringify([a, b]);
    const link = pairs.get(key);
    if (link) link.length += 0.2;
    else pairs.set(key, { source: a, target: b, length: 1 });
  }
  return [...pairs.values()];
}

/** All-pairs shortest path lengths (Floyd–Warshall); unreachable pairs get `Infinity`. */
function graphDistances(
  n: number,
  index: Map<string, number>,
  links: readonly Link[],
): Float64Array {
  const d = new Float64Array(n * n).fill(Infinity);
  for (let i = 0; i < n; i++) d[i * n + i] = 0;
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    const len = Math.min(d[a * n + b]!, l.length);
    d[a * n + b] = len;
    d[b * n + a] = len;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) {
      const ik = d[i * n + k]!;
      if (ik === Infinity) continue;
      for (let j = 0; j < n; j++) {
        const via = ik + d[k * n + j]!;
        if (via < d[i * n + j]!) d[i * n + j] = via;
      }
    }
  return d;
}

export function stressLayout(
  ids: readonly string[],
  links: readonly Link[],
  { unit = 130, iterations = 300, fixed }: LayoutOptions = {},
): Map<string, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const d = graphDistances(n, index, links);
  // Separate parts (and lone actors) sit a little further apart than the longest path.
  let longest = 1;
  for (const v of d) if (v !== Infinity && v > longest) longest = v;
  for (let i = 0; i < d.length; i++) if (d[i] === Infinity) d[i] = longest + 1;

  // Start on a circle in file order (around the placed actors, if any): deterministic, and no
  // two actors coincide. Placed actors start, and stay, where they are.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const held = new Uint8Array(n);
  let [cx, cy, count] = [0, 0, 0];
  ids.forEach((id, i) => {
    const p = fixed?.get(id);
    if (!p) return;
    held[i] = 1;
    x[i] = p.x / unit;
    y[i] = p.y / unit;
    [cx, cy, count] = [cx + x[i]!, cy + y[i]!, count + 1];
  });
  if (count > 0) [cx, cy] = [cx / count, cy / count];
  const radius = Math.max(1, longest / 2);
  for (let i = 0; i < n; i++) {
    if (held[i]) continue;
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    x[i] = cx + radius * Math.cos(angle);
    y[i] = cy + radius * Math.sin(angle);
  }
  if (count === n) iterations = 0;

  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (held[i]) continue;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const dij = d[i * n + j]!;
        const w = 1 / (dij * dij);
        const dx = x[i]! - x[j]!;
        const dy = y[i]! - y[j]!;
        const dist = Math.hypot(dx, dy) || 1e-6;
        sx += w * (x[j]! + (dij * dx) / dist);
        sy += w * (y[j]! + (dij * dy) / dist);
        sw += w;
      }
      if (sw === 0) continue;
      const nx = sx / sw;
      const ny = sy / sw;
      moved = Math.max(moved, Math.abs(nx - x[i]!) + Math.abs(ny - y[i]!));
      x[i] = nx;
      y[i] = ny;
    }
    if (moved < 1e-4) break;
  }

  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const p = fixed?.get(id);
    out.set(id, p ? { x: p.x, y: p.y } : { x: x[i]! * unit, y: y[i]! * unit });
  });
  return out;
}

/**
 * The stress layout of a graph; actors the file places keep their place (see `fixed`). Actors
 * with no relation and no place (a new draft's, before any relation exists) are not part of it:
 * a stress layout puts every pair of them the same distance apart, which cannot be in a plane,
 * and their labels piled up. They go on a grid beside the rest (isolateGrid).
 */
export function layoutGraph(graph: Graph, options?: LayoutOptions): Map<string, Point> {
  const fixed = placedActors(graph);
  const linked = new Set<string>();
  for (const r of graph.relations) linked.add(r.source).add(r.target);
  const laid = graph.actors.filter((a) => linked.has(a.id) || fixed.has(a.id)).map((a) => a.id);
  const loose = graph.actors.filter((a) => !linked.has(a.id) && !fixed.has(a.id)).map((a) => a.id);
  const out =
    laid.length > 0 ? stressLayout(laid, pairLinks(graph), { fixed, ...options }) : new Map();
  for (const [id, p] of isolateGrid(loose, out.values())) out.set(id, p);
  return out;
}

/**
 * Room for one actor and its label: the canvas wraps a label at 130 px of 17 px type under a
 * shape of at most 44 px (graph/style.ts), so two actors this far apart never overlap.
 */
export const ISOLATE_CELL = { width: 170, height: 130 } as const;

/**
 * `ids` on a grid of ISOLATE_CELL cells below the actors already `placed` (a cell's height under
 * the lowest of them, centred under them), or around the origin when there are none.
 */
export function isolateGrid(ids: readonly string[], placed: Iterable<Point>): Map<string, Point> {
  const taken = [...placed];
  const out = new Map<string, Point>();
  if (ids.length === 0) return out;
  const { width: w, height: h } = ISOLATE_CELL;
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
  let [left, top] = [-((columns - 1) * w) / 2, -((Math.ceil(ids.length / columns) - 1) * h) / 2];
  if (taken.length > 0) {
    const xs = taken.map((p) => p.x);
    const ys = taken.map((p) => p.y);
    const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
    [left, top] = [mid - ((columns - 1) * w) / 2, Math.max(...ys) + h];
  }
  ids.forEach((id, i) =>
    out.set(id, { x: left + (i % columns) * w, y: top + Math.floor(i / columns) * h }),
  );
  return out;
}

/** The actors the file gives a position. */
export function placedActors(graph: Graph): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const a of graph.actors) if (a.position) out.set(a.id, { x: a.position.x, y: a.position.y });
  return out;
}

/**
 * The positions the file itself gives (shipped graphs get them at build, see vite.config.ts;
 * authors and the bench's generated graphs may give their own), or null unless every actor has one.
 */
export function presetPositions(graph: Graph): Map<string, Point> | null {
  const out = new Map<string, Point>();
  for (const actor of graph.actors) {
    if (!actor.position) return null;
    out.set(actor.id, { x: actor.position.x, y: actor.position.y });
  }
  return out;
}

/**
 * Instant placement on a sunflower spiral (in `ids` order, neighbours ~`unit` apart): what a large
 * graph shows when its reader cancels the layout. Arbitrary but deterministic and overlap-free.
 */
export function spiralPositions(ids: readonly string[], unit = 90): Map<string, Point> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const r = unit * Math.sqrt(i);
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}

/**
 * `count` places for actors new to a drawing, each in an ISOLATE_CELL cell of a grid centred on
 * `around` with no actor already in it, nearest cells first (the editor adds actors to a canvas
 * the author is looking at: they appear in view, clear of every label there).
 */
export function freeCells(count: number, taken: Iterable<Point>, around: Point): Point[] {
  const { width: w, height: h } = ISOLATE_CELL;
  const busy = [...taken];
  const out: Point[] = [];
  const free = (p: Point) =>
    busy.every((q) => Math.abs(q.x - p.x) >= w || Math.abs(q.y - p.y) >= h);
  // Rings of cells around the centre, outwards; each ring in a fixed order (deterministic).
  for (let ring = 0; out.length < count; ring++)
    for (let j = -ring; j <= ring && out.length < count; j++)
      for (let i = -ring; i <= ring && out.length < count; i++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const p = { x: around.x + i * w, y: around.y + j * h };
        if (!free(p)) continue;
        out.push(p);
        busy.push(p);
      }
  return out;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The region a drawing of these positions should show: their extent plus room for the shapes and
 * the labels under them. The build-time picture of an embed and the live canvas both fit exactly
 * this box, so the one replaces the other without a jump.
 */
export function sceneBox(positions: Iterable<Point>): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    [minX, minY, maxX, maxY] = [
      Math.min(minX, x),
      Math.min(minY, y),
      Math.max(maxX, x),
      Math.max(maxY, y),
    ];
  }
  if (!Number.isFinite(minX)) return { x: -100, y: -100, width: 200, height: 200 };
  const [side, top, bottom] = [80, 34, 64];
  return {
    x: minX - side,
    y: minY - top,
    width: maxX - minX + 2 * side,
    height: maxY - minY + top + bottom,
  };
}
