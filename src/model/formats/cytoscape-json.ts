/**
 * Cytoscape.js JSON: what `cy.json()` gives and `cytoscape({ elements })` or `cy.json(…)` takes —
 * `elements.nodes`/`elements.edges`, each with its `data` (and a node's `position`). Data may nest,
 * so each element's data is our object itself (evidence, aliases and own fields included) plus a
 * `label` for stylesheets (`label: data(label)`); the graph's other fields are the core's `data`.
 * Parallel relations are separate edges with their own ids, as Cytoscape draws them.
 */
import { parseGraph, type ParseResult } from '../parse.ts';
import type { GraphFile } from '../schema.ts';
import type { Language } from '../vocabulary.ts';
import { labelIn } from './fields.ts';

export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: string;
  target_cytoscapejs_version: string;
  data: Record<string, unknown>;
  elements: {
    nodes: {
      data: Record<string, unknown> & { id: string };
      position?: { x: number; y: number };
    }[];
    edges: { data: Record<string, unknown> & { id: string; source: string; target: string } }[];
  };
}

export function toCytoscapeJson(file: GraphFile, lang: Language): CytoscapeJson {
  const { actors, relations, ...rest } = structuredClone(file);
  return {
    format_version: '1.0',
    generated_by: 'Faultlines',
    target_cytoscapejs_version: '~3.34',
    data: { ...rest, name: labelIn(file.title, lang) ?? file.id },
    elements: {
      nodes: actors.map(({ position, ...actor }) => ({
        // An own field called `label` is kept as it is; only a missing one is filled in.
        data: { label: labelIn(actor.name, lang) ?? actor.id, ...actor },
        ...(position ? { position } : {}),
      })),
      edges: relations.map((relation) => ({
        data: { label: labelIn(relation.summary, lang) ?? relation.kind, ...relation },
      })),
    },
  };
}

type Loose = Record<string, unknown>;
const isRecord = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Drops the `label` we added (it equals the name or summary in some language); keeps any other. */
function withoutOurLabel(data: Loose, texts: unknown, fallback: unknown): Loose {
  const { label, ...rest } = data;
  const ours = label === fallback || (isRecord(texts) && Object.values(texts).includes(label));
  return ours || label === undefined ? rest : data;
}

/** Reads Cytoscape.js JSON (ours, or a `cy.json()` with our data) and validates it as a graph. */
export function fromCytoscapeJson(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, problems: [{ path: '', message: 'not valid JSON' }] };
    }
  }
  if (!isRecord(value) || !isRecord(value.elements))
    return { ok: false, problems: [{ path: '', message: 'not Cytoscape.js JSON: no "elements"' }] };
  const { name: _name, ...graphRest } = isRecord(value.data) ? value.data : {};
  const actors = list(value.elements.nodes).map((node) => {
    if (!isRecord(node) || !isRecord(node.data)) return node;
    const actor = withoutOurLabel(node.data, node.data.name, node.data.id);
    return isRecord(node.position) ? { ...actor, position: node.position } : actor;
  });
  const relations = list(value.elements.edges).map((edge) =>
    isRecord(edge) && isRecord(edge.data)
      ? withoutOurLabel(edge.data, edge.data.summary, edge.data.kind)
      : edge,
  );
  return parseGraph({ ...graphRest, actors, relations });
}
