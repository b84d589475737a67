/**
 * GraphML for Gephi, yEd, Cytoscape desktop and NetworkX. graphology-graphml only parses, so the
 * writer is ours: every key declared with its type, parallel edges (GraphML allows them; each
 * edge has its own id), per-edge direction (`directed="true"` against an undirected default),
 * and XML escaping of every attribute and text. Reading (graphml-read.ts) uses graphology-graphml on xmldom.
 */
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { REST_ATTR, type Scalar } from './fields.ts';
import { toFlat } from './flat.ts';

type Domain = 'graph' | 'node' | 'edge';
type KeyType = 'string' | 'int' | 'double' | 'boolean';

/** Text content: & and < always; > for `]]>`; CR as a reference, or XML would read it as LF. */
function escapeText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values: quotes too, and tab/LF/CR as references, or XML would read them as spaces. */
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const typeOf = (v: Scalar): KeyType =>
  typeof v === 'boolean'
    ? 'boolean'
    : typeof v === 'number'
      ? Number.isSafeInteger(v)
        ? 'int'
        : 'double'
      : 'string';

/** Declared keys, one per attribute name and domain, typed by the values written. */
class Keys {
  private readonly keys = new Map<
    string,
    { id: string; domain: Domain; name: string; type: KeyType }
  >();
  use(domain: Domain, name: string, value: Scalar): string {
    const k = `${domain}\u0000${name}`;
    let key = this.keys.get(k);
    if (!key) {
      key = { id: `${domain[0]}${this.keys.size}`, domain, name, type: typeOf(value) };
      this.keys.set(k, key);
    } else if (key.type !== typeOf(value)) {
      // Mixed values (an int here, a fraction there) are declared as the wider type.
      key.type =
        key.type === 'int' && typeOf(value) === 'double'
          ? 'double'
          : key.type === 'double' && typeOf(value) === 'int'
            ? 'double'
            : 'string';
    }
    return key.id;
  }
  xml(): string[] {
    return [...this.keys.values()].map(
      (k) =>
        `  <key id="${k.id}" for="${k.domain}" attr.name="${escapeAttr(k.name)}" attr.type="${k.type}"/>`,
    );
  }
}

export function toGraphml(file: GraphFile, lang: Language): string {
  const flat = toFlat(file, lang);
  const keys = new Keys();
  const data = (domain: Domain, attrs: Record<string, Scalar | undefined>, indent: string) =>
    Object.entries(attrs)
      .filter((entry): entry is [string, Scalar] => entry[1] !== undefined)
      .map(
        ([name, value]) =>
          `${indent}<data key="${keys.use(domain, name, value)}">${escapeText(String(value))}</data>`,
      );

  const body: string[] = [
    ...data(
      'graph',
      { title: flat.title, description: flat.description, [REST_ATTR]: flat.rest },
      '    ',
    ),
  ];
  for (const node of flat.nodes) {
    body.push(`    <node id="${escapeAttr(node.id)}">`);
    body.push(
      ...data('node', { label: node.label, ...node.attrs, x: node.x, y: node.y }, '      '),
    );
    body.push('    </node>');
  }
  for (const edge of flat.edges) {
    const directed = ` directed="${edge.directed}"`;
    body.push(
      `    <edge id="${escapeAttr(edge.id)}" source="${escapeAttr(edge.source)}" target="${escapeAttr(edge.target)}"${directed}>`,
    );
    body.push(...data('edge', { label: edge.label, weight: edge.weight, ...edge.attrs }, '      '));
    body.push('    </edge>');
  }
  // Keys come first in the file but are known only once every value has been seen.
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.xml(),
    '  <graph id="G" edgedefault="undirected">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
