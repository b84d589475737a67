/**
 * Reading GraphML back with graphology-graphml's parser on xmldom (Node and browser alike), kept
 * apart from the writer so a download never loads an XML parser.
 */
import Graph from 'graphology';
import createParser from 'graphology-graphml/common/parser.js';
import { DOMParser } from '@xmldom/xmldom';
import { parseGraph, type ParseResult } from '../parse.ts';
import { REST_ATTR } from './fields.ts';
import { fromFlat, parseGraphRest } from './flat.ts';
import { parseXml, XmlDocument } from './xml.ts';

const parseGraphmlDoc = createParser(DOMParser, XmlDocument);

/** Reads a GraphML file written by toGraphml (or edited since) and validates it as a graph. */
export function fromGraphml(text: string): ParseResult {
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, problems: [{ path: '', message: xml.message }] };
  if (xml.doc.getElementsByTagName('graph').length === 0)
    return {
      ok: false,
      problems: [{ path: '', message: 'not a GraphML graph: no <graph> element' }],
    };
  let graph;
  try {
    graph = parseGraphmlDoc(Graph, xml.doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `not a GraphML graph: ${message}` }] };
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
