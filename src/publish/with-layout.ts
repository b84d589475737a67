import type { Graph } from '../model/graph.ts';
import { layoutGraph, presetPositions } from '../model/layout.ts';
import type { GraphFile } from '../model/schema.ts';

/**
 * Shipped graphs get their layout here, at build: the reader's browser does no layout work, and
 * every visit, language and screenshot shows the same picture. Positions a file gives are kept.
 */
export function withLayout(file: GraphFile, graph: Graph): GraphFile {
  if (presetPositions(graph)) return file;
  const positions = layoutGraph(graph);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    ...file,
    actors: file.actors.map((actor) => {
      const p = positions.get(actor.id);
      return p ? { ...actor, position: { x: round(p.x), y: round(p.y) } } : actor;
    }),
  };
}
