/**
 * GEXF 1.3 for Gephi and Gephi Lite, written and read by graphology-gexf (graphology's own,
 * maintained GEXF writer; gexf-read.ts reads with its parser). Parallel relations are parallel edges; each edge is
 * directed or not on its own; every field of ours travels as an attribute (fields.ts), so an
 * exported file imports back to an equal graph.
 */
import { MultiGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { REST_ATTR } from './fields.ts';
import { toFlat, type FlatEdge, type FlatNode } from './flat.ts';

export function toGexf(file: GraphFile, lang: Language): string {
  const flat = toFlat(file, lang);
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  // Meta: what Gephi shows about the file, and our graph-level fields for the way back.
  graph.replaceAttributes({
    creator: 'Faultlines',
    title: flat.title,
    ...(flat.description ? { description: flat.description } : {}),
    [REST_ATTR]: flat.rest,
  });
  for (const node of flat.nodes) graph.addNode(node.id, { node });
  for (const edge of flat.edges) {
    const add = edge.directed ? 'addDirectedEdgeWithKey' : 'addUndirectedEdgeWithKey';
    graph[add](edge.id, edge.source, edge.target, { edge });
  }
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, { node }) => {
      const n = node as FlatNode;
      return {
        label: n.label,
        attributes: n.attrs,
        ...(n.x !== undefined && n.y !== undefined ? { viz: { x: n.x, y: n.y } } : {}),
      };
    },
    formatEdge: (_key, { edge }) => {
      const e = edge as FlatEdge;
      return { label: e.label, weight: e.weight, attributes: e.attrs };
    },
  });
}
