/**
 * Reading GEXF back (an export of ours, or one edited in Gephi since) with graphology-gexf's
 * parser on xmldom, so it runs in Node and the browser alike; kept apart from the writer so a
 * download never loads an XML parser.
 */
import Graph from 'graphology';
import createParser from 'graphology-gexf/common/parser.js';
import { DOMParser } from '@xmldom/xmldom';
import { parseGraph, type ParseResult } from '../parse.ts';
import { REST_ATTR } from './fields.ts';
import { fromFlat, parseGraphRest } from './flat.ts';
import { parseXml, XmlDocument } from './xml.ts';

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
