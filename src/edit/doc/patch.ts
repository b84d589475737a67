/**
 * Small immutable helpers the operations share. Objects are copied with their unknown fields (a
 * newsroom's own `deskNote`, a later format's addition): an edit never drops what it does not know.
 */
import { DocError, type DraftGraph, type DraftRelation } from './types.ts';

/**
 * A patch sets each field it names; a field named with `undefined` is removed (optional fields
 * such as `note` or `wikidata`). Returns `item` itself when nothing changes.
 */
export function applyPatch<T extends object>(item: T, patch: object): T {
  let changed = false;
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (!sameValue(next[key], value)) {
      next[key] = value;
      changed = true;
    }
  }
  return changed ? (next as T) : item;
}

/** Deep equality for plain JSON values: a patch repeating what is there is no change. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Replaces the item with `id` in a list (by index, so ids such as "__proto__" are harmless). */
export function replaceById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  update: (item: T) => T,
): T[] | undefined {
  const index = list.findIndex((item) => item.id === id);
  if (index < 0) return undefined;
  const current = list[index]!;
  const next = update(current);
  if (next === current) return list as T[];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

export function findActor(graph: DraftGraph, id: string) {
  const actor = graph.actors.find((a) => a.id === id);
  if (!actor) throw new DocError('unknown-actor', `no actor with id ${JSON.stringify(id)}`);
  return actor;
}

export function findRelation(graph: DraftGraph, id: string): DraftRelation {
  const relation = graph.relations.find((r) => r.id === id);
  if (!relation)
    throw new DocError('unknown-relation', `no relation with id ${JSON.stringify(id)}`);
  return relation;
}

export function findSource(graph: DraftGraph, id: string) {
  const source = graph.sources.find((s) => s.id === id);
  if (!source) throw new DocError('unknown-source', `no source with id ${JSON.stringify(id)}`);
  return source;
}

/** The graph with one list replaced; the same graph when the list did not change. */
export function withList<K extends 'sources' | 'actors' | 'relations'>(
  graph: DraftGraph,
  key: K,
  list: DraftGraph[K],
): DraftGraph {
  return list === graph[key] ? graph : { ...graph, [key]: list };
}
