/**
 * The canvas's scene as data (positions, curves, states, labels), for the SVG writers in src/look:
 * what a downloaded picture shows is what the canvas shows.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Scene } from '../look/scene.ts';
import type { Graph } from '../model/graph.ts';
import type { ActorKind, Tension } from '../model/vocabulary.ts';

export function sceneFromCanvas(cy: Core, graph: Graph): Scene {
  const visibleNodes = cy.nodes().filter((n) => n.visible());
  const nodes: Scene['nodes'] = visibleNodes.map((n: NodeSingular) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    label: String(n.data('label') ?? ''),
    kind: (graph.actorById.get(n.id())?.kind ?? 'state') as ActorKind,
    dimmed: n.hasClass('dimmed') || n.hasClass('faded'),
    selected: n.hasClass('selected'),
  }));
  const edges: Scene['edges'] = cy
    .edges()
    .filter((e) => e.visible() && !e.hasClass('faded'))
    .map((e: EdgeSingular) => {
      const r = graph.relationById.get(e.id());
      const control = e.controlPoints?.()?.[0];
      return {
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        tension: (r?.tension ?? 0) as Tension,
        directed: r?.directed ?? false,
        contested: e.hasClass('contested'),
        width: Number(e.data('width')) || 2,
        label: String(e.data('label') ?? ''),
        selected: e.hasClass('selected'),
        start: e.sourceEndpoint(),
        end: e.targetEndpoint(),
        ...(control ? { control } : {}),
      };
    });
  return { nodes, edges };
}
