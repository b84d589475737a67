/**
 * GEXF 1.3 for Gephi and Gephi Lite, written and read by graphology-gexf (graphology's own,
 * maintained GEXF writer and parser). Parallel relations are parallel edges; each edge is
 * directed or not on its own; every field of ours travels as an attribute (fields.ts), so an
 * exported file imports back to an equal graph.
 */
import Graph, { MultiGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import createParser from 'graphology-gexf/common/parser.js';
import { DOMParser } from '@xmldom/xmldom';
import { parseGraph, type ParseResult } from '../parse.ts';
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { REST_ATTR } from './fields.ts';
import { fromFlat, parseGraphRest, toFlat, type FlatEdge, type FlatNode } from './flat.ts';
import { parseXml, XmlDocument } from './xml.ts';

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

const parseGexfDoc = createParser(DOMParser, XmlDocument);

/** Reads a GEXF file written by toGexf (or edited in Gephi since) and validates it as a graph. */
export function fromGexf(text: string): ParseResult {
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, problems: [{ path: '', message: xml.message }] };
  let graph;
  try {
    graph = parseGexfDoc(Graph, xml.doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `not a GEXF graph: ${message}` }] };
  }
  const nodes = graph.mapNodes((id, attrs) => ({ id, attrs }));
  const edges = graph.mapEdges((id, attrs, source, target, _s, _t, undirected) => ({
    id,
    source,
    target,
    undirected,
    attrs,
  }));
  return parseGraph(fromFlat(parseGraphRest(graph.getAttribute(REST_ATTR)), nodes, edges));
}
