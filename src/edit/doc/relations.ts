/** Relations: made from a quote, edited, reversed, deleted. */
import { RELATION_KINDS, type RelationKind, type Tension } from '../../model/vocabulary.ts';
import { pickId } from './ids.ts';
import { applyPatch, findActor, findRelation, replaceById, withList } from './patch.ts';
import { evidenceFrom, type EvidenceInput } from './evidence.ts';
import { DocError, type DraftGraph, type DraftRelation, type SuggestionMark } from './types.ts';

export interface NewRelation {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly kind: RelationKind;
  /** Default: the kind's (an accusation is directed, an alliance is not). */
  readonly directed?: boolean;
  /** Default: the kind's (vocabulary.ts). */
  readonly tension?: Tension;
  readonly summary?: { readonly en?: string; readonly ar?: string };
  /** A relation without a sentence does not exist: at least one quote, given by its offsets. */
  readonly evidence: readonly EvidenceInput[];
  /** Present for a drafting-assistant proposal that still awaits review. */
  readonly suggestion?: SuggestionMark;
}

/** Fields a relation may change; `undefined` removes an optional one. */
export type RelationPatch = Partial<
  Pick<DraftRelation, 'source' | 'target' | 'kind' | 'directed' | 'tension' | 'summary' | 'about'>
>;

/** What a kind implies when the form has not said otherwise. */
export function kindDefaults(kind: RelationKind): { directed: boolean; tension: Tension } {
  const k = RELATION_KINDS[kind];
  return { directed: k.directed, tension: k.defaultTension };
}

export function addRelation(
  graph: DraftGraph,
  input: NewRelation,
): { graph: DraftGraph; id: string } {
  const { id: wanted, evidence: items, summary, suggestion, ...rest } = input;
  checkEnds(graph, rest.source, rest.target);
  if (items.length === 0)
    throw new DocError('no-evidence', 'a relation needs at least one quote from a source');
  const evidence = items.map((item) => evidenceFrom(graph, item));
  const id = pickId(graph, wanted, [`${rest.source}-${rest.target}-${rest.kind}`], 'relation');
  const relation = {
    id,
    ...kindDefaults(rest.kind),
    ...rest,
    summary: { en: summary?.en ?? '', ar: summary?.ar ?? '' },
    evidence,
    ...(suggestion ? { suggestion } : {}),
  } as DraftRelation;
  return { graph: { ...graph, relations: [...graph.relations, relation] }, id };
}

export function updateRelation(graph: DraftGraph, id: string, patch: RelationPatch): DraftGraph {
  const current = findRelation(graph, id);
  const {
    id: _i,
    evidence: _e,
    suggestion: _s,
    ...rest
  } = patch as RelationPatch & {
    id?: unknown;
    evidence?: unknown;
    suggestion?: unknown;
  };
  if (rest.source !== undefined || rest.target !== undefined)
    checkEnds(graph, rest.source ?? current.source, rest.target ?? current.target);
  return withList(
    graph,
    'relations',
    replaceById(graph.relations, id, (r) => applyPatch(r, rest))!,
  );
}

/** Swaps source and target (the form's one key to reverse a direction). */
export function reverseRelation(graph: DraftGraph, id: string): DraftGraph {
  findRelation(graph, id);
  return withList(
    graph,
    'relations',
    replaceById(graph.relations, id, (r) => ({ ...r, source: r.target, target: r.source }))!,
  );
}

export function deleteRelation(graph: DraftGraph, id: string): DraftGraph {
  findRelation(graph, id);
  return { ...graph, relations: graph.relations.filter((r) => r.id !== id) };
}

function checkEnds(graph: DraftGraph, source: string, target: string) {
  findActor(graph, source);
  findActor(graph, target);
  if (source === target) throw new DocError('self-loop', 'a relation needs two different actors');
}
