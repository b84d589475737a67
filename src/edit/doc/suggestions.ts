/**
 * The review of the drafting assistant's proposals. A proposal is a relation carrying
 * `suggestion`; accepting removes the mark (it becomes a relation), rejecting removes the relation
 * and remembers it, so the same proposal is not made again.
 */
import { applyPatch, findActor, findRelation, replaceById, withList } from './patch.ts';
import { addRelation, type NewRelation, type RelationPatch } from './relations.ts';
import { sameQuote } from './evidence.ts';
import {
  DocError,
  type DraftGraph,
  type DraftRelation,
  type RejectedSuggestion,
  type SuggestionMark,
} from './types.ts';

/** Unreviewed proposals, in file order. */
export function suggestionsOf(graph: DraftGraph): DraftRelation[] {
  return graph.relations.filter((r) => r.suggestion !== undefined);
}

/**
 * Accepts a proposal, with the reviewer's edits (kind, tension, direction, summary…) in the same
 * step: the relation loses its `suggestion` mark and enters the graph.
 */
export function acceptSuggestion(
  graph: DraftGraph,
  relationId: string,
  edits: RelationPatch = {},
): DraftGraph {
  const relation = findRelation(graph, relationId);
  if (!relation.suggestion)
    throw new DocError('not-a-suggestion', `relation ${JSON.stringify(relationId)} is reviewed`);
  const {
    id: _i,
    evidence: _e,
    suggestion: _s,
    ...fields
  } = edits as RelationPatch & {
    id?: unknown;
    evidence?: unknown;
    suggestion?: unknown;
  };
  const source = fields.source ?? relation.source;
  const target = fields.target ?? relation.target;
  findActor(graph, source);
  findActor(graph, target);
  if (source === target) throw new DocError('self-loop', 'a relation needs two different actors');
  return withList(
    graph,
    'relations',
    replaceById(graph.relations, relationId, (r) => {
      const { suggestion: _mark, ...reviewed } = r;
      return applyPatch(reviewed as DraftRelation, fields);
    })!,
  );
}

/**
 * Removes a proposal; returns what to remember so it is not proposed again. The actors that only
 * this proposal brought into the draft (listed in its mark's `brought` when the assistant added
 * them) go with it: nothing else refers to them, so keeping them would leave the author actors
 * nobody asked for. An actor another relation, quote or event still refers to stays.
 */
export function rejectSuggestion(
  graph: DraftGraph,
  relationId: string,
): { graph: DraftGraph; rejection: RejectedSuggestion } {
  const relation = findRelation(graph, relationId);
  if (!relation.suggestion)
    throw new DocError('not-a-suggestion', `relation ${JSON.stringify(relationId)} is reviewed`);
  const relations = graph.relations.filter((r) => r.id !== relationId);
  const brought = broughtBy(relation.suggestion);
  const used = actorsReferred({ ...graph, relations });
  const orphans = new Set(brought.filter((id) => !used.has(id)));
  return {
    graph: {
      ...graph,
      relations,
      ...(orphans.size > 0 ? { actors: graph.actors.filter((a) => !orphans.has(a.id)) } : {}),
    },
    rejection: rejectionOf(relation),
  };
}

/** The actors a proposal brought into the draft (a suggestion mark keeps them in `brought`). */
function broughtBy(mark: SuggestionMark): string[] {
  const list = (mark as { brought?: unknown }).brought;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** Every actor something in the graph refers to: relation ends, speakers, events' speakers. */
function actorsReferred(graph: DraftGraph): Set<string> {
  const used = new Set<string>();
  for (const r of graph.relations) {
    used.add(r.source);
    used.add(r.target);
    for (const e of r.evidence) if (e.speaker) used.add(e.speaker);
  }
  for (const e of graph.events ?? []) if (e.evidence?.speaker) used.add(e.evidence.speaker);
  return used;
}

export function rejectionOf(r: DraftRelation): RejectedSuggestion {
  return {
    source: r.source,
    target: r.target,
    kind: r.kind,
    directed: r.directed,
    quotes: r.evidence.map((e) => ({ source: e.source, quote: e.quote })),
  };
}

/**
 * Whether a proposal repeats one the author rejected: same ends (either order when undirected),
 * same kind, and a quote in common.
 */
export function isRejected(
  rejected: readonly RejectedSuggestion[],
  proposal: Pick<DraftRelation, 'source' | 'target' | 'kind' | 'directed' | 'evidence'>,
): boolean {
  return rejected.some(
    (x) =>
      x.kind === proposal.kind &&
      sameEnds(x, proposal) &&
      x.quotes.some((q) => proposal.evidence.some((e) => sameQuote(e, q))),
  );
}

/** Whether the graph already holds the same relation on the same sentence (reviewed or not). */
export function alreadyInGraph(graph: DraftGraph, proposal: DraftRelation): boolean {
  return graph.relations.some(
    (r) =>
      r.kind === proposal.kind &&
      sameEnds(r, proposal) &&
      r.evidence.some((e) => proposal.evidence.some((p) => sameQuote(e, p))),
  );
}

export interface NewSuggestion extends NewRelation {
  readonly suggestion: SuggestionMark;
}

export interface AddSuggestionsResult {
  readonly graph: DraftGraph;
  /** Ids of the proposals added, in order. */
  readonly added: readonly string[];
  /** Left out: rejected before, already in the graph, or naming an actor the graph lacks. */
  readonly skipped: {
    readonly rejected: number;
    readonly existing: number;
    readonly invalid: number;
  };
}

/**
 * Adds the drafting assistant's proposals for review, leaving out those the author rejected and
 * those the graph already holds. One call, one change (one undo step).
 */
export function addSuggestions(
  graph: DraftGraph,
  proposals: readonly NewSuggestion[],
  rejected: readonly RejectedSuggestion[],
): AddSuggestionsResult {
  const added: string[] = [];
  const skipped = { rejected: 0, existing: 0, invalid: 0 };
  let next = graph;
  for (const proposal of proposals) {
    let attempt: { graph: DraftGraph; id: string };
    try {
      attempt = addRelation(next, proposal);
    } catch (error) {
      if (!(error instanceof DocError)) throw error;
      skipped.invalid++;
      continue;
    }
    const relation = attempt.graph.relations[attempt.graph.relations.length - 1]!;
    if (isRejected(rejected, relation)) skipped.rejected++;
    else if (alreadyInGraph(next, relation)) skipped.existing++;
    else {
      next = attempt.graph;
      added.push(attempt.id);
    }
  }
  return { graph: next, added, skipped };
}

function sameEnds(
  a: { source: string; target: string; directed: boolean },
  b: { source: string; target: string },
): boolean {
  if (a.source === b.source && a.target === b.target) return true;
  return !a.directed && a.source === b.target && a.target === b.source;
}
