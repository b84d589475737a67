/**
 * The shared half of reading GEXF and GraphML back: graphology's parser (the one for the format)
 * on xmldom, then our flat columns back into a graph file, validated like any other. Each failure
 * is one clear problem, never a half-read graph.
 */
import Graph from 'graphology';
import { parseGraph, type ParseResult } from '../parse.ts';
import { REST_ATTR } from './fields.ts';
import { fromFlat, parseGraphRest } from './flat.ts';
import { parseXml } from './xml.ts';

type XmlGraphParser = (graphClass: typeof Graph, doc: Document) => Graph;

export function graphFromXml(
  text: string,
  format: 'GEXF' | 'GraphML',
  parse: XmlGraphParser,
  /** A problem the parser would not name clearly (a file that is XML but not this format). */
  precheck?: (doc: Document) => string | undefined,
): ParseResult {
  const xml = parseXml(text);
  const refused = (message: string): ParseResult => ({
    ok: false,
    problems: [{ path: '', message }],
  });
  if (!xml.ok) return refused(xml.message);
  const early = precheck?.(xml.doc);
  if (early) return refused(`not a ${format} graph: ${early}`);
  let graph: Graph;
  try {
    graph = parse(Graph, xml.doc);
  } catch (error) {
    return refused(
      `not a ${format} graph: ${error instanceof Error ? error.message : String(error)}`,
    );
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
