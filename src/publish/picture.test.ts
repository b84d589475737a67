import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { layoutGraph, sceneBox } from '../model/layout.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { graphPicture, sceneEdges } from './picture.ts';

describe('the build-time picture of a graph', () => {
  const file = testGraphFile();
  file.actors[0]!.name.en = 'Russia <script>alert(1)</script>';
  const graph = indexGraph(file);
  const positions = layoutGraph(graph);

  it('draws every actor and relation, labels escaped, in the page’s language and direction', () => {
    const en = graphPicture(graph, positions, 'en');
    expect(en.match(/class="fl-actor"/g)).toHaveLength(graph.actors.length);
    expect(en.match(/class="fl-edge"/g)?.length).toBeGreaterThanOrEqual(graph.relations.length);
    expect(en).not.toContain('<script>');
    expect(en).toContain('&lt;script&gt;');
    expect(graphPicture(graph, positions, 'ar')).toContain('روسيا');
  });

  it('frames the same box the live canvas fits', () => {
    const box = sceneBox(positions.values());
    const viewBox = [box.x, box.y, box.width, box.height].map((v) => String(Number(v.toFixed(2))));
    expect(graphPicture(graph, positions, 'en')).toContain(`viewBox="${viewBox.join(' ')}"`);
  });

  it('fans parallel relations out on both sides of the line and keeps single ones straight', () => {
    const edges = sceneEdges(graph, positions, (k) => k);
    const pair = edges.filter((e) => e.source === 'russia' && e.target === 'tajikistan');
    expect(pair.length).toBeGreaterThanOrEqual(2);
    expect(pair.every((e) => e.control)).toBe(pair.length % 2 === 0);
    const [a, b] = pair;
    const side = (p: { x: number; y: number }) => {
      const [s, t] = [positions.get('russia')!, positions.get('tajikistan')!];
      return Math.sign((t.x - s.x) * (p.y - s.y) - (t.y - s.y) * (p.x - s.x));
    };
    expect(side(a!.control!)).toBe(-side(b!.control!));
  });
});
