/**
 * Ids for new sources, actors and relations: readable (a slug of the English name) and never
 * colliding with any id already in the graph. Ids may hold any character in the format, so the
 * slug is for people, not for safety; uniqueness is what matters.
 */
import type { DraftGraph } from './types.ts';

const MAX_SLUG = 60;

/** "Islamic State – Khorasan" → "islamic-state-khorasan"; Arabic letters are kept as letters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}

/**
 * Every id in the graph, in one set: actors and relations share the canvas's id space, and a source
 * or event sharing an id with either would only confuse a reader of the file.
 */
export function takenIds(graph: DraftGraph): Set<string> {
  const taken = new Set<string>();
  for (const list of [graph.sources, graph.actors, graph.relations, graphEvents(graph)])
    for (const item of list) if (typeof item.id === 'string') taken.add(item.id);
  return taken;
}

/** `base`, else `base-2`, `base-3`, … — the first not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const stem = base === '' ? fallback : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A fresh id made from the first non-empty of `names`, or `fallback`. */
export function newId(graph: DraftGraph, names: readonly (string | undefined)[], fallback: string) {
  const slug = names.map((n) => slugify(n ?? '')).find((s) => s !== '') ?? '';
  return uniqueId(slug, takenIds(graph), fallback);
}

/** Events arrive with format v3; a graph without them has none. */
function graphEvents(graph: DraftGraph): readonly { id?: unknown }[] {
  const events = (graph as { events?: unknown }).events;
  return Array.isArray(events) ? (events as { id?: unknown }[]) : [];
}

/** `wanted` as given when it is free; otherwise a fresh id from the names. */
export function pickId(
  graph: DraftGraph,
  wanted: string | undefined,
  names: readonly (string | undefined)[],
  fallback: string,
): string {
  if (wanted !== undefined && wanted !== '') {
    const taken = takenIds(graph);
    return taken.has(wanted) ? uniqueId(wanted, taken) : wanted;
  }
  return newId(graph, names, fallback);
}
