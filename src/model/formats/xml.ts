/**
 * XML in Node and the browser alike, without the browser's DOMParser: @xmldom/xmldom (which
 * graphology's GEXF and GraphML parsers build on). Errors are collected, not printed: a broken
 * file gets a clear message, never a half-read graph.
 */
import { DOMParser } from '@xmldom/xmldom';

export type XmlResult = { ok: true; doc: Document } | { ok: false; message: string };

export function parseXml(text: string): XmlResult {
  const errors: string[] = [];
  const report = (message: string) => errors.push(String(message).split('\n')[0] ?? '');
  try {
    const doc = new DOMParser({
      errorHandler: { warning: () => undefined, error: report, fatalError: report },
    }).parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
    if (errors.length > 0) return { ok: false, message: `not well-formed XML: ${errors[0]}` };
    if (!doc?.documentElement) return { ok: false, message: 'the file holds no XML element' };
    return { ok: true, doc: doc as unknown as Document };
  } catch (error) {
    return {
      ok: false,
      message: `not well-formed XML: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** xmldom's Document class, which graphology's parsers check their input against. */
export const XmlDocument = new DOMParser().parseFromString('<t/>', 'application/xml').constructor;
