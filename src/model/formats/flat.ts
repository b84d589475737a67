/**
 * A graph file as flat elements — nodes and edges with scalar attributes — the shape GEXF and
 * GraphML share, and back. Derived attributes (label, weight, quotes) are for people reading the
 * file in Gephi; reading back ignores them and takes the fields and the JSON rest (fields.ts).
 */
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import {
  ACTOR_FIELDS,
  flatten,
  flipY,
  jsonForXml,
  labelIn,
  RELATION_FIELDS,
  REST_ATTR,
  unflatten,
  xmlSafe,
  type Scalar,
} from './fields.ts';

export interface FlatNode {
  readonly id: string;
  readonly label: string;
  /** Gephi's axes: y up. */
  readonly x?: number;
  readonly y?: number;
  readonly attrs: Record<string, Scalar>;
}

export interface FlatEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly directed: boolean;
  readonly label: string;
  /** How many sentences back the relation (Gephi draws weight as thickness). */
  readonly weight: number;
  readonly attrs: Record<string, Scalar>;
}

export interface FlatGraph {
  readonly title: string;
  readonly description: string | undefined;
  /** JSON of the file without its actors and relations (format, sources, events, own fields). */
  readonly rest: string;
  readonly nodes: readonly FlatNode[];
  readonly edges: readonly FlatEdge[];
}

export function toFlat(file: GraphFile, lang: Language): FlatGraph {
  const { actors, relations, ...graphRest } = file;
  return {
    title: xmlSafe(labelIn(file.title, lang) ?? file.id),
    description: file.description && xmlSafe(labelIn(file.description, lang) ?? ''),
    rest: jsonForXml(graphRest),
    nodes: actors.map((actor) => {
      const { attrs, rest } = flatten(actor, ACTOR_FIELDS, ['id', 'position']);
      if (rest !== undefined) attrs[REST_ATTR] = rest;
      return {
        id: actor.id,
        label: xmlSafe(labelIn(actor.name, lang) ?? actor.id),
        ...(actor.position ? { x: actor.position.x, y: flipY(actor.position.y) } : {}),
        attrs,
      };
    }),
    edges: relations.map((relation) => {
      const { attrs, rest } = flatten(relation, RELATION_FIELDS, ['id', 'source', 'target']);
      if (rest !== undefined) attrs[REST_ATTR] = rest;
      // The sentences themselves, readable in Gephi's data table (the JSON rest is what imports).
      const quotes = xmlSafe(relation.evidence.map((e) => e.quote).join('\n\n'));
      return {
        id: relation.id,
        source: relation.source,
        target: relation.target,
        directed: relation.directed,
        label: xmlSafe(labelIn(relation.summary, lang) ?? relation.kind),
        weight: relation.evidence.length,
        attrs: { ...attrs, quotes },
      };
    }),
  };
}

/** What a format's reader hands over: each element's id, ends and attributes, typed or not. */
export interface ReadNode {
  readonly id: string;
  readonly attrs: Record<string, unknown>;
}
export interface ReadEdge extends ReadNode {
  readonly source: string;
  readonly target: string;
  readonly undirected: boolean;
}

/** A raw graph file (unvalidated: the caller passes it to parseGraph) from read elements. */
export function fromFlat(
  graphRest: Record<string, unknown>,
  nodes: readonly ReadNode[],
  edges: readonly ReadEdge[],
): Record<string, unknown> {
  return {
    ...graphRest,
    actors: nodes.map(({ id, attrs }) => {
      const actor: Record<string, unknown> = { id, ...unflatten(attrs, ACTOR_FIELDS) };
      const { x, y } = attrs;
      if (typeof x === 'number' && typeof y === 'number') actor.position = { x, y: flipY(y) };
      return actor;
    }),
    relations: edges.map(({ id, source, target, undirected, attrs }) => {
      const relation = unflatten(attrs, RELATION_FIELDS);
      // The attribute is ours; the element's own direction is what other tools set.
      if (typeof relation.directed !== 'boolean') relation.directed = !undirected;
      return { id, source, target, ...relation };
    }),
  };
}

/** The graph-level JSON, or nothing if it is missing or broken (the validator then says what). */
export function parseGraphRest(value: unknown): Record<string, unknown> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
