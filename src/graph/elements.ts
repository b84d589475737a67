/** Graph → Cytoscape element definitions. Ids pass through untouched: we never build selectors. */
import type { ElementDefinition } from 'cytoscape';
import { actorName, factsOf, type Graph } from '../model/graph.ts';
import { corroborationWidth } from '../look/lines.ts';
import { tensionName, type Language, type RelationKind } from '../model/vocabulary.ts';

export interface Labels {
  actor(id: string): string;
  relationKind(kind: RelationKind): string;
}

/** `positions`: where each actor goes, given at creation so no layout pass is needed. */
export function toElements(
  graph: Graph,
  labels: Labels,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.actors.map((a) => {
    const p = positions?.get(a.id);
    return {
      group: 'nodes',
      data: { id: a.id, label: labels.actor(a.id) },
      classes: [`actor-${a.kind}`],
      ...(p ? { position: { x: p.x, y: p.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = graph.relations.map((r) => ({
    group: 'edges',
    data: {
      id: r.id,
      source: r.source,
      target: r.target,
      kind: r.kind,
      tension: r.tension,
      label: labels.relationKind(r.kind),
      width: corroborationWidth(factsOf(graph, r.id).corroboration.sentences),
    },
    classes: [
      `tension-${tensionName(r.tension)}`,
      r.directed ? 'directed' : '',
      graph.facts.get(r.id)?.contested ? 'contested' : '',
    ].filter(Boolean),
  }));
  return [...nodes, ...edges];
}

export function actorLabel(graph: Graph, lang: Language) {
  return (id: string) => actorName(graph, id, lang);
}

/**
 * A relation kind's label, translated once per kind: a graph of thousands has a handful of
 * kinds, and each i18next lookup costs far more than a map's.
 */
export function kindLabel(translate: (kind: RelationKind) => string) {
  const labels = new Map<RelationKind, string>();
  return (kind: RelationKind) => {
    let label = labels.get(kind);
    if (label === undefined) labels.set(kind, (label = translate(kind)));
    return label;
  };
}
