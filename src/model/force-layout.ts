/**
 * A force-directed layout for large graphs (thousands of actors), where the stress layout in
 * layout.ts — all-pairs distances, O(n³) — would take minutes. Fruchterman–Reingold forces with
 * Barnes–Hut repulsion (a quadtree per iteration, O(n log n)), springs along relations and a weak
 * pull to the centre so separate parts stay in view. Deterministic: a seeded start, no
 * Math.random. Iterative, so a caller (a Web Worker) can report progress and stop between steps.
 */

import { seededRandom } from './random.ts';

export interface ForceInput {
  count: number;
  /** Pairs of node indices, one pair per link. */
  edges: Uint32Array;
  /**
   * Where some nodes already are (x0, y0, x1, y1, …; NaN for a free node): those stay there, and
   * the others are laid out around them (a large draft whose author placed some actors).
   */
  fixed?: Float64Array;
}

export interface ForceOptions {
  /** Preferred distance between linked nodes, in layout units. */
  unit?: number;
  iterations?: number;
  seed?: number;
}

export interface ForceLayout {
  /** Runs up to `iterations` steps; returns the share done, 0..1. */
  step(iterations: number): number;
  readonly done: boolean;
  /** x0, y0, x1, y1, … */
  positions(): Float64Array;
}

/** Barnes–Hut accuracy: a cell this small relative to its distance counts as one body. */
const THETA = 0.9;
/**
 * Pull towards the centre, proportional to distance. Against the summed repulsion of n nodes
 * (k²·n / R) it holds the drawing to a disc of radius about k·√(n / GRAVITY): compact enough to
 * read, and separate parts of the graph stay in view.
 */
const GRAVITY = 1.5;

/** A quadtree in flat typed arrays, rebuilt every iteration without allocating. */
class QuadTree {
  private capacity: number;
  mass!: Float64Array;
  sumX!: Float64Array;
  sumY!: Float64Array;
  midX!: Float64Array;
  midY!: Float64Array;
  half!: Float64Array;
  /** -1: empty; ≥ 0: a leaf holding that body; -2: internal. */
  body!: Int32Array;
  /** Four child cell indices per cell, 0 = none (cell 0 is the root, never a child). */
  children!: Int32Array;
  size = 0;

  constructor(bodies: number) {
    this.capacity = 0;
    this.grow(Math.max(16, bodies * 3));
  }

  private grow(capacity: number) {
    const copy = <T extends Float64Array | Int32Array>(
      old: T | undefined,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      if (old) next.set(old.subarray(0, this.capacity));
      return next;
    };
    const f = (n: number) => new Float64Array(n);
    const i = (n: number) => new Int32Array(n);
    this.mass = copy(this.mass, f);
    this.sumX = copy(this.sumX, f);
    this.sumY = copy(this.sumY, f);
    this.midX = copy(this.midX, f);
    this.midY = copy(this.midY, f);
    this.half = copy(this.half, f);
    this.body = copy(this.body, i);
    const children = new Int32Array(capacity * 4);
    if (this.children) children.set(this.children.subarray(0, this.capacity * 4));
    this.children = children;
    this.capacity = capacity;
  }

  private cell(midX: number, midY: number, half: number): number {
    if (this.size === this.capacity) this.grow(this.capacity * 2);
    const c = this.size++;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.midX[c] = midX;
    this.midY[c] = midY;
    this.half[c] = half;
    this.body[c] = -1;
    this.children.fill(0, c * 4, c * 4 + 4);
    return c;
  }

  private child(c: number, x: number, y: number): number {
    const q = (x >= this.midX[c]! ? 1 : 0) + (y >= this.midY[c]! ? 2 : 0);
    const slot = c * 4 + q;
    let next = this.children[slot]!;
    if (next === 0) {
      const h = this.half[c]! / 2;
      next = this.cell(this.midX[c]! + (q & 1 ? h : -h), this.midY[c]! + (q & 2 ? h : -h), h);
      this.children[slot] = next;
    }
    return next;
  }

  build(x: Float64Array, y: Float64Array, n: number) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    this.size = 0;
    const half = Math.max(maxX - minX, maxY - minY, 1) / 2 + 1;
    this.cell((minX + maxX) / 2, (minY + maxY) / 2, half);
    for (let i = 0; i < n; i++) this.insert(i, x, y);
  }

  private insert(i: number, x: Float64Array, y: Float64Array) {
    let c = 0;
    for (;;) {
      this.mass[c]! += 1;
      this.sumX[c]! += x[i]!;
      this.sumY[c]! += y[i]!;
      const held = this.body[c]!;
      if (held === -1) {
        this.body[c] = i;
        return;
      }
      if (held >= 0) {
        // Bodies at (nearly) one point share a leaf rather than splitting forever.
        if (this.half[c]! < 1e-3) return;
        this.body[c] = -2;
        const down = this.child(c, x[held]!, y[held]!);
        this.mass[down] = 1;
        this.sumX[down] = x[held]!;
        this.sumY[down] = y[held]!;
        this.body[down] = held;
      }
      c = this.child(c, x[i]!, y[i]!);
    }
  }
}

export function createForceLayout(input: ForceInput, options: ForceOptions = {}): ForceLayout {
  const n = input.count;
  const k = options.unit ?? 90;
  const total = options.iterations ?? (n > 3000 ? 220 : 300);
  const rand = seededRandom(options.seed ?? 1);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  // Start on a sunflower spiral (even density), slightly jittered so no two nodes coincide.
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = k * 0.6 * Math.sqrt(i + 0.5);
    x[i] = r * Math.cos(i * golden) + (rand() - 0.5) * k * 0.1;
    y[i] = r * Math.sin(i * golden) + (rand() - 0.5) * k * 0.1;
  }
  // Held nodes: laid out around their centre (the pull to the centre is towards them), put back.
  const held = new Uint8Array(n);
  let [cx, cy, count] = [0, 0, 0];
  const f = input.fixed;
  if (f)
    for (let i = 0; i < n; i++)
      if (Number.isFinite(f[2 * i]) && Number.isFinite(f[2 * i + 1])) {
        held[i] = 1;
        [cx, cy, count] = [cx + f[2 * i]!, cy + f[2 * i + 1]!, count + 1];
      }
  if (count > 0) {
    [cx, cy] = [cx / count, cy / count];
    for (let i = 0; i < n; i++) if (held[i]) [x[i], y[i]] = [f![2 * i]! - cx, f![2 * i + 1]! - cy];
  }
  const tree = new QuadTree(n);
  const stack = new Int32Array(64 * 4 + 16);
  const k2 = k * k;
  const start = k * Math.max(2, Math.sqrt(n) / 4);
  let iteration = 0;

  function repel(i: number) {
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const c = stack[--top]!;
      const mass = tree.mass[c]!;
      if (mass === 0) continue;
      const held = tree.body[c]!;
      if (held === i && mass === 1) continue;
      const ddx = x[i]! - tree.sumX[c]! / mass;
      const ddy = y[i]! - tree.sumY[c]! / mass;
      const d2 = ddx * ddx + ddy * ddy;
      const width = 2 * tree.half[c]!;
      if (held >= 0 || held === -1 || width * width < THETA * THETA * d2) {
        if (held === i) continue;
        const f = (k2 * mass) / Math.max(d2, k2 * 0.01);
        dx[i]! += ddx * f;
        dy[i]! += ddy * f;
      } else {
        for (let q = 0; q < 4; q++) {
          const child = tree.children[c * 4 + q]!;
          if (child !== 0 && top < stack.length) stack[top++] = child;
        }
      }
    }
  }

  function tick() {
    dx.fill(0);
    dy.fill(0);
    tree.build(x, y, n);
    for (let i = 0; i < n; i++) repel(i);
    const e = input.edges;
    for (let j = 0; j + 1 < e.length; j += 2) {
      const a = e[j]!;
      const b = e[j + 1]!;
      if (a === b) continue;
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const f = Math.sqrt(ddx * ddx + ddy * ddy) / k;
      dx[a]! -= ddx * f;
      dy[a]! -= ddy * f;
      dx[b]! += ddx * f;
      dy[b]! += ddy * f;
    }
    // Cooling: big moves first (global arrangement), small ones at the end (local polish).
    const share = iteration / total;
    const temperature = start * (1 - share) * (1 - share) + k * 0.05;
    for (let i = 0; i < n; i++) {
      if (held[i]) continue;
      const gx = dx[i]! - GRAVITY * x[i]!;
      const gy = dy[i]! - GRAVITY * y[i]!;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      const move = Math.min(length, temperature) / length;
      x[i]! += gx * move;
      y[i]! += gy * move;
    }
    iteration++;
  }

  return {
    step(iterations) {
      for (let s = 0; s < iterations && iteration < total; s++) tick();
      return n === 0 ? 1 : iteration / total;
    },
    get done() {
      return iteration >= total || n === 0;
    },
    positions() {
      const out = new Float64Array(n * 2);
      for (let i = 0; i < n; i++) {
        out[2 * i] = held[i] ? f![2 * i]! : x[i]! + cx;
        out[2 * i + 1] = held[i] ? f![2 * i + 1]! : y[i]! + cy;
      }
      return out;
    },
  };
}
