import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { layoutInBackground } from './layout-client.ts';

// Node has no Worker: these run the main-thread fallback, in slices.
describe('background layout without a worker', () => {
  const graph = indexGraph(testGraphFile());

  it('places every actor and reports progress up to the end', async () => {
    const progress: number[] = [];
    const positions = await layoutInBackground(graph, { onProgress: (v) => progress.push(v) });
    expect([...positions.keys()].sort()).toEqual(graph.actors.map((a) => a.id).sort());
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const running = layoutInBackground(graph, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
