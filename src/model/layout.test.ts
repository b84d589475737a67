import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph.ts';
import { layoutGraph, pairLinks, presetPositions, stressLayout } from './layout.ts';
import { testGraphFile } from './test-graph.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('layout', () => {
  const graph = indexGraph(testGraphFile());

  it('merges parallel relations into one longer link per pair', () => {
    expect(pairLinks(graph)).toEqual([{ source: 'russia', target: 'tajikistan', length: 1.2 }]);
  });

  it('is deterministic and finite, and keeps lone actors apart from the rest', () => {
    const a = layoutGraph(graph);
    expect(layoutGraph(graph)).toEqual(a);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const ru = a.get('russia')!;
    const tj = a.get('tajikistan')!;
    expect(dist(ru, tj)).toBeCloseTo(1.2 * 130, -1);
    expect(dist(a.get('csto')!, ru)).toBeGreaterThan(100);
  });

  it('places a chain so that path distance becomes straight distance', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const links = [
      { source: 'a', target: 'b', length: 1 },
      { source: 'b', target: 'c', length: 1 },
      { source: 'c', target: 'd', length: 1 },
    ];
    const p = stressLayout(ids, links, { unit: 100 });
    expect(dist(p.get('a')!, p.get('d')!)).toBeCloseTo(300, -1);
    expect(dist(p.get('a')!, p.get('b')!)).toBeCloseTo(100, -1);
  });

  it('uses the positions a file gives only when every actor has one', () => {
    expect(presetPositions(graph)).toBeNull();
    const file = testGraphFile();
    file.actors.forEach((a, i) => (a.position = { x: i * 10, y: -i }));
    const placed = presetPositions(indexGraph(file))!;
    expect(placed.get(file.actors[1]!.id)).toEqual({ x: 10, y: -1 });
    delete file.actors[0]!.position;
    expect(presetPositions(indexGraph(file))).toBeNull();
  });

  it('keeps the actors a file places where they are and lays the others out around them', () => {
    const file = testGraphFile();
    file.actors[0]!.position = { x: 900, y: -400 };
    const placed = layoutGraph(indexGraph(file));
    expect(placed.get(file.actors[0]!.id)).toEqual({ x: 900, y: -400 });
    for (const a of file.actors.slice(1)) {
      const p = placed.get(a.id)!;
      // Around the placed one, not around the origin where a fresh layout would put them.
      expect(dist(p, { x: 900, y: -400 })).toBeLessThan(600);
    }
    // Connected actors still keep their link's length from the placed one.
    const [ru, tj] = [placed.get('russia')!, placed.get('tajikistan')!];
    expect(dist(ru, tj)).toBeCloseTo(1.2 * 130, -1);
  });

  it('handles no actors and one actor', () => {
    expect(stressLayout([], []).size).toBe(0);
    expect(stressLayout(['x'], []).get('x')).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
  });
});
