import { describe, expect, it } from 'vitest';
import { indexGraph } from './graph.ts';
import { freeCells, layoutGraph, pairLinks, presetPositions, stressLayout } from './layout.ts';
import type { GraphFile } from './schema.ts';
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

  // What the canvas draws of an actor: its shape (at most 44 px) with its label under it,
  // wrapped at 130 px, two lines of 17 px type (graph/style.ts).
  const box = (p: { x: number; y: number }) => ({
    left: p.x - 65,
    right: p.x + 65,
    top: p.y - 22,
    bottom: p.y + 22 + 2 * 22,
  });
  const overlapping = (positions: Map<string, { x: number; y: number }>) => {
    const out: string[] = [];
    const all = [...positions];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [box(all[i]![1]), box(all[j]![1])];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          out.push(`${all[i]![0]} × ${all[j]![0]}`);
      }
    return out;
  };
  /** The test graph's first source and a draft's actors, some of them linked. */
  const draftOf = (count: number, links: [number, number][] = []): GraphFile => {
    const file = testGraphFile();
    const template = file.relations[0]!;
    return {
      ...file,
      actors: Array.from({ length: count }, (_, i) => ({
        id: `a${i}`,
        kind: 'state' as const,
        name: { en: `Actor number ${i}`, ar: `الفاعل رقم ${i}` },
      })),
      relations: links.map(([s, t], i) => ({
        ...template,
        id: `r${i}`,
        source: `a${s}`,
        target: `a${t}`,
      })),
    };
  };

  it('lays out a new draft (actors, no relations yet) with no two labels overlapping', () => {
    for (const count of [2, 5, 12, 40]) {
      const placed = layoutGraph(indexGraph(draftOf(count)));
      expect(placed.size).toBe(count);
      expect(overlapping(placed)).toEqual([]);
    }
  });

  it('puts actors with no relation beside the others, clear of them and of placed ones', () => {
    const file = draftOf(14, [
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    // One lone actor placed by its author, where the grid would start.
    file.actors[5]!.position = { x: 0, y: 300 };
    const placed = layoutGraph(indexGraph(file));
    expect(placed.get('a5')).toEqual({ x: 0, y: 300 });
    // (How close the linked three are is the stress layout's business, at its unit of 130 px.)
    const linked = /^a[012] × a[012]$/;
    expect(overlapping(placed).filter((pair) => !linked.test(pair))).toEqual([]);
  });

  it('finds room for new actors in view, clear of the labels already there', () => {
    // A canvas with actors drawn around the middle of the view; six new ones arrive.
    const taken = [
      { x: 0, y: 0 },
      { x: 60, y: 40 },
      { x: -150, y: 90 },
      { x: 200, y: -100 },
    ];
    const cells = freeCells(6, taken, { x: 10, y: 10 });
    expect(cells).toHaveLength(6);
    const all = new Map([...taken, ...cells].map((p, i) => [`p${i}`, p]));
    // Only pairs among the drawn ones may overlap (they were there before).
    const old = /^p[0-3] × p[0-3]$/;
    expect(overlapping(all).filter((pair) => !old.test(pair))).toEqual([]);
    // In view: within two cells of the middle.
    for (const c of cells)
      expect(Math.max(Math.abs(c.x - 10) / 170, Math.abs(c.y - 10) / 130)).toBeLessThanOrEqual(2);
  });
});
