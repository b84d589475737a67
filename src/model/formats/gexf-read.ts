/**
 * Reading GEXF back (an export of ours, or one edited in Gephi since) with graphology-gexf's
 * parser on xmldom, so it runs in Node and the browser alike; kept apart from the writer so a
 * download never loads an XML parser.
 */
import createParser from 'graphology-gexf/common/parser.js';
import { DOMParser } from '@xmldom/xmldom';
import type { ParseResult } from '../parse.ts';
import { XmlDocument } from './xml.ts';
import { graphFromXml } from './xml-graph.ts';

const parseGexfDoc = createParser(DOMParser, XmlDocument);

/** Reads a GEXF file written by toGexf (or edited in Gephi since) and validates it as a graph. */
export function fromGexf(text: string): ParseResult {
  return graphFromXml(text, 'GEXF', parseGexfDoc);
}
