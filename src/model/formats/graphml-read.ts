/**
 * Reading GraphML back with graphology-graphml's parser on xmldom (Node and browser alike), kept
 * apart from the writer so a download never loads an XML parser.
 */
import createParser from 'graphology-graphml/common/parser.js';
import { DOMParser } from '@xmldom/xmldom';
import type { ParseResult } from '../parse.ts';
import { XmlDocument } from './xml.ts';
import { graphFromXml } from './xml-graph.ts';

const parseGraphmlDoc = createParser(DOMParser, XmlDocument);

/** Reads a GraphML file written by toGraphml (or edited since) and validates it as a graph. */
export function fromGraphml(text: string): ParseResult {
  return graphFromXml(text, 'GraphML', parseGraphmlDoc, (doc) =>
    doc.getElementsByTagName('graph').length === 0 ? 'no <graph> element' : undefined,
  );
}
