/**
 * Which relations and actors the current filters show. Pure, so the canvas, the panels and the
 * tests all agree on one answer.
 */
import { VOICES, type Voice } from './evidence.ts';
import type { Graph } from './graph.ts';
import { begunBy } from './time.ts';
import {
  RELATION_KIND_IDS,
  TENSION_LEVELS,
  type RelationKind,
  type Tension,
} from './vocabulary.ts';

export interface Filters {
  /** Tension levels shown. */
  readonly tensions: readonly Tension[];
  /** Relation kinds shown. */
  readonly kinds: readonly RelationKind[];
  /** Shown when asserted in one of these voices: the source's own, or a party's claim. */
  readonly voices: readonly Voice[];
  /** Hide relations that rest on a single sentence. */
  readonly corroboratedOnly: boolean;
  /** Show the graph as of this date (YYYY[-MM[-DD]]); null for all time. */
  readonly asOf: string | null;
}

export const ALL_FILTERS: Filters = {
  tensions: TENSION_LEVELS,
  kinds: RELATION_KIND_IDS,
  voices: VOICES,
  corroboratedOnly: false,
  asOf: null,
};

export interface Visibility {
  readonly relationIds: ReadonlySet<string>;
  /** Actors with at least one visible relation; the others are dimmed. */
  readonly activeActorIds: ReadonlySet<string>;
}

export function computeVisibility(graph: Graph, filters: Filters): Visibility {
  const relationIds = new Set<string>();
  const activeActorIds = new Set<string>();
  const tensions = new Set(filters.tensions);
  const kinds = new Set(filters.kinds);
  for (const r of graph.relations) {
    const facts = graph.facts.get(r.id);
    if (!facts || !tensions.has(r.tension) || !kinds.has(r.kind)) continue;
    if (!filters.voices.some((v) => facts.voices.has(v))) continue;
    if (filters.corroboratedOnly && facts.singleClaim) continue;
    if (!begunBy(facts.start, filters.asOf)) continue;
    relationIds.add(r.id);
    activeActorIds.add(r.source);
    activeActorIds.add(r.target);
  }
  return { relationIds, activeActorIds };
}

export function isFiltering(filters: Filters, graph: Graph): boolean {
  return (
    TENSION_LEVELS.some((t) => !filters.tensions.includes(t)) ||
    kindsInGraph(graph).some((k) => !filters.kinds.includes(k)) ||
    VOICES.some((v) => !filters.voices.includes(v)) ||
    filters.corroboratedOnly ||
    filters.asOf !== null
  );
}

/** Relation kinds used by the graph, in vocabulary order: the kind filter offers only these. */
export function kindsInGraph(graph: Graph): RelationKind[] {
  const used = new Set(graph.relations.map((r) => r.kind));
  return RELATION_KIND_IDS.filter((k) => used.has(k));
}

export function countByTension(graph: Graph): Map<Tension, number> {
  const counts = new Map<Tension, number>(TENSION_LEVELS.map((t) => [t, 0]));
  for (const r of graph.relations) counts.set(r.tension, (counts.get(r.tension) ?? 0) + 1);
  return counts;
}

export function countByKind(graph: Graph): Map<RelationKind, number> {
  const counts = new Map<RelationKind, number>();
  for (const r of graph.relations) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return counts;
}
