import { describe, expect, it } from 'vitest';
import { createForceLayout, type ForceInput } from './force-layout.ts';

/** Clusters of ten, each a ring, plus a few links between neighbouring clusters. */
function clusters(count: number): ForceInput {
  const edges: number[] = [];
  for (let i = 0; i < count; i++) {
    const base = i - (i % 10);
    edges.push(i, base + ((i + 1) % 10));
    if (i % 10 === 0 && i + 10 < count) edges.push(i, i + 10);
  }
  return { count, edges: Uint32Array.from(edges) };
}

const run = (input: ForceInput) => {
  const layout = createForceLayout(input);
  while (!layout.done) layout.step(25);
  return layout.positions();
};
const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

// A guard against a hang, not a speed test (npm run bench:layout measures it): vitest's 5 s default
// failed on a busy machine.
describe('force layout for large graphs', { timeout: 60_000 }, () => {
  it('is deterministic and finite, and no two actors share a point', () => {
    const input = clusters(300);
    const a = run(input);
    expect(run(input)).toEqual(a);
    expect(a.every(Number.isFinite)).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) seen.add(`${a[2 * i]!.toFixed(3)},${a[2 * i + 1]!.toFixed(3)}`);
    expect(seen.size).toBe(300);
  });

  it('puts linked actors much closer together than unrelated ones', () => {
    const input = clusters(500);
    const p = run(input);
    let linked = 0;
    for (let j = 0; j < input.edges.length; j += 2)
      linked += distance(p, input.edges[j]!, input.edges[j + 1]!);
    linked /= input.edges.length / 2;
    let random = 0;
    for (let j = 0; j < 1000; j++) random += distance(p, j % 500, (j * 7919) % 500);
    random /= 1000;
    expect(random).toBeGreaterThan(3 * linked);
  });

  it('reports progress up to done, and handles empty and single-node graphs', () => {
    const layout = createForceLayout(clusters(50), { iterations: 40 });
    expect(layout.step(10)).toBeCloseTo(0.25);
    expect(layout.done).toBe(false);
    expect(layout.step(100)).toBe(1);
    expect(layout.done).toBe(true);
    expect(createForceLayout({ count: 0, edges: new Uint32Array() }).done).toBe(true);
    expect(run({ count: 1, edges: new Uint32Array() }).every(Number.isFinite)).toBe(true);
  });

  // How long it takes is measured by `npm run bench:layout`, not here: a timed test fails on a
  // loaded machine and passes on a slow algorithm run on a fast one.
  it('lays out 2,000 actors and 8,000 relations with every position finite', () => {
    const input = clusters(2000);
    const extra = Array.from({ length: 6000 }, (_, i) => [(i * 31) % 2000, (i * 97 + 13) % 2000]);
    const edges = Uint32Array.from([...input.edges, ...extra.flat()]);
    expect(run({ count: 2000, edges }).every(Number.isFinite)).toBe(true);
  });
});

describe('force layout around actors already placed', { timeout: 60_000 }, () => {
  it('leaves placed actors where they are and lays the others out around them', () => {
    const input = clusters(200);
    const fixed = new Float64Array(400).fill(NaN);
    // The first cluster placed by its author, far from the origin.
    for (let i = 0; i < 10; i++) [fixed[2 * i], fixed[2 * i + 1]] = [5000 + i * 60, -3000];
    const p = run({ ...input, fixed });
    for (let i = 0; i < 10; i++) expect([p[2 * i], p[2 * i + 1]]).toEqual([5000 + i * 60, -3000]);
    expect(p.every(Number.isFinite)).toBe(true);
    // The others gather around them, not around the origin.
    let [sx, sy] = [0, 0];
    for (let i = 10; i < 200; i++) [sx, sy] = [sx + p[2 * i]!, sy + p[2 * i + 1]!];
    expect(Math.hypot(sx / 190 - 5270, sy / 190 + 3000)).toBeLessThan(1500);
    // An actor linked to a placed one is drawn near where that one is, not where it would be.
    for (let j = 0; j < input.edges.length; j += 2) {
      const [a, b] = [input.edges[j]!, input.edges[j + 1]!];
      if (a < 10 !== b < 10) expect(distance(p, a, b)).toBeLessThan(3 * 90);
    }
  });
});
