/**
 * A reference for the load budget: a bare Cytoscape page, but drawing Faultlines' own look (its
 * stylesheet, elements, labels and font) — what the picture costs Cytoscape, without the app.
 * With `check=1` it first passes the file through the app's validator, as `?graph=` does (the
 * validator's code loading while the file downloads): the floor of a load that checks its input.
 */
import cytoscape from 'cytoscape';
import { loadGraphFromUrl } from '../../../src/app/load-graph.ts';
// The font as the app ships it (the canvas waits for it, src/graph/fonts.ts).
import '../../../src/app/font.ts';
import { actorLabel, toElements } from '../../../src/graph/elements.ts';
import { fontsReady } from '../../../src/graph/fonts.ts';
import { isLarge } from '../../../src/graph/renderer.ts';
import { buildStylesheet } from '../../../src/graph/style.ts';
import { indexGraph, type Graph } from '../../../src/model/graph.ts';
import { presetPositions } from '../../../src/model/layout.ts';
import type { GraphFile } from '../../../src/model/schema.ts';
import { afterPaint, graphUrl, loadFile } from './common.ts';
import { cytoscapeHooks } from './cytoscape-hooks.ts';

/** The file as the app's `?graph=` loads it: fetched and validated by the app's own loader. */
async function checkedGraph(): Promise<Graph> {
  const result = await loadGraphFromUrl(graphUrl(), location.href);
  if (!result.ok)
    throw new Error(`the benchmark's graph file is invalid: ${result.problems[0]?.message}`);
  return result.graph;
}

const graph = new URLSearchParams(location.search).has('check')
  ? await checkedGraph()
  : indexGraph((await loadFile()) as unknown as GraphFile);
await fontsReady();
// Bench graphs carry their positions (the default graph's from the build, the synthetic ones'
// from their generator), as the app draws them.
const positions = presetPositions(graph);
if (!positions) throw new Error("the benchmark's graph file has actors without positions");
const container = document.getElementById('cy')!;
const cy = cytoscape({
  container,
  layout: { name: 'preset' },
  elements: toElements(
    graph,
    { actor: actorLabel(graph, 'en'), relationKind: (kind) => kind },
    positions,
  ),
  style: buildStylesheet('light', true, isLarge(graph)),
});
cy.fit(undefined, 28);
window.__bench = cytoscapeHooks(cy, container, 'filtered-out');
cy.one('render', () => afterPaint(() => (window.__bench!.readyAt = performance.now())));
