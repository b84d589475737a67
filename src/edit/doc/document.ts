/**
 * Documents in and out of storage: a new empty draft, a graph file opened to be extended, and a
 * stored draft read back. Reading is a shape check, not validation (a draft may be invalid): it
 * refuses only what the editor could not show without losing something, and never repairs a field
 * that is there with the wrong type — a repaired copy saved over the original would lose it.
 */
import { migrate } from '../../model/migrate.ts';
import { FORMAT } from '../../model/schema.ts';
import { suggestionsOf } from './suggestions.ts';
import type { DraftGraph, EditorDocument, RejectedSuggestion } from './types.ts';

/** Marks a stored document, so a later version of the editor can tell what it reads. */
export const DOCUMENT_KIND = 'faultlines-draft';
export const DOCUMENT_VERSION = 1;

/** How a document is stored: the graph, what was rejected, and the envelope's version. */
export interface StoredDocument {
  readonly kind: typeof DOCUMENT_KIND;
  readonly version: number;
  readonly graph: DraftGraph;
  readonly rejected: readonly RejectedSuggestion[];
}

/** A new, empty draft (the editor's first screen: paste an article). */
export function emptyDocument(id = 'draft'): EditorDocument {
  return {
    graph: {
      format: FORMAT,
      id,
      title: { en: '', ar: '' },
      sources: [],
      actors: [],
      relations: [],
    } as unknown as DraftGraph,
    rejected: [],
  };
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Takes a graph (an opened file, or the graph of a stored draft) as a draft, if its shape lets the
 * editor show it: an object with lists of sources, actors and relations, each item an object with
 * a string id, relations with string ends and a list of evidence. Absent lists and titles are
 * filled in; anything present with the wrong type is refused, with the reason.
 */
export function readDraftGraph(value: unknown): ReadResult<DraftGraph> {
  if (!isRecord(value)) return { ok: false, reason: 'the graph is not an object' };
  // Older formats are renamed to the current one (migrate.ts touches nothing else).
  const graph: Record<string, unknown> = { ...(migrate(value) as Record<string, unknown>) };
  if (graph.format === undefined) graph.format = FORMAT;
  if (graph.title === undefined) graph.title = { en: '', ar: '' };
  else if (!isRecord(graph.title)) return { ok: false, reason: 'title is not an object' };
  for (const key of ['sources', 'actors', 'relations'] as const) {
    if (graph[key] === undefined) graph[key] = [];
    const list = graph[key];
    if (!Array.isArray(list)) return { ok: false, reason: `${key} is not a list` };
    const bad = list.findIndex((item) => !isRecord(item) || typeof item.id !== 'string');
    if (bad >= 0) return { ok: false, reason: `${key}[${bad}] is not an object with an id` };
  }
  const relations = graph.relations as Record<string, unknown>[];
  const bad = relations.findIndex(
    (r) =>
      typeof r.source !== 'string' ||
      typeof r.target !== 'string' ||
      !Array.isArray(r.evidence) ||
      !r.evidence.every(isRecord),
  );
  if (bad >= 0)
    return { ok: false, reason: `relations[${bad}] lacks its ends or its list of evidence` };
  const actors = graph.actors as Record<string, unknown>[];
  const badActor = actors.findIndex((a) => a.name !== undefined && !isRecord(a.name));
  if (badActor >= 0) return { ok: false, reason: `actors[${badActor}].name is not an object` };
  const named = actors.map((a) => (a.name === undefined ? { ...a, name: { en: '', ar: '' } } : a));
  return { ok: true, value: { ...graph, actors: named } as unknown as DraftGraph };
}

/** The document as stored. */
export function toStored(doc: EditorDocument): StoredDocument {
  return {
    kind: DOCUMENT_KIND,
    version: DOCUMENT_VERSION,
    graph: doc.graph,
    rejected: doc.rejected,
  };
}

/** A stored document read back, or why it cannot be (it is then kept and reported, not dropped). */
export function readStoredDocument(value: unknown): ReadResult<EditorDocument> {
  if (!isRecord(value) || value.kind !== DOCUMENT_KIND)
    return { ok: false, reason: 'not a Faultlines draft' };
  if (typeof value.version !== 'number' || value.version > DOCUMENT_VERSION)
    return { ok: false, reason: `stored by a newer editor (version ${String(value.version)})` };
  const graph = readDraftGraph(value.graph);
  if (!graph.ok) return graph;
  const rejected = value.rejected ?? [];
  if (!Array.isArray(rejected) || !rejected.every(isRecord))
    return { ok: false, reason: 'the list of rejected suggestions is damaged' };
  return {
    ok: true,
    value: { graph: graph.value, rejected: rejected as unknown as RejectedSuggestion[] },
  };
}

/** What a list of drafts shows of each. */
export interface DocumentCounts {
  readonly sources: number;
  readonly actors: number;
  readonly relations: number;
  /** Proposals still awaiting review (not counted among relations). */
  readonly suggestions: number;
}

export function countDocument(graph: DraftGraph): DocumentCounts {
  const suggestions = suggestionsOf(graph).length;
  return {
    sources: graph.sources.length,
    actors: graph.actors.length,
    relations: graph.relations.length - suggestions,
    suggestions,
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
