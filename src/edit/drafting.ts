/**
 * The drafting assistant's proposals brought into the document for review: each suggestion
 * becomes a relation marked `suggestion` (not a relation until a person accepts it), quoting its
 * sentence by offsets; the actors it names that the draft lacks come with it, in the same step.
 */
import type { Draft, Suggestion } from '../draft/index.ts';
import { addActor, addSuggestions, type NewSuggestion } from './doc/index.ts';
import type { EditorDocument } from './doc/index.ts';

export const DRAFTED_BY = 'faultlines-draft';

function proposal(s: Suggestion, sourceId: string): NewSuggestion {
  return {
    source: s.source,
    target: s.target,
    kind: s.kind,
    directed: s.directed,
    tension: s.tension,
    evidence: [
      {
        source: sourceId,
        start: s.quote.start,
        end: s.quote.end,
        ...(s.stance === 'denies' ? { stance: 'denies' as const } : {}),
        ...(s.speaker ? { speaker: s.speaker } : {}),
        ...(s.when ? { when: s.when } : {}),
      },
    ],
    suggestion: {
      by: DRAFTED_BY,
      confidence: s.confidence,
      triggers: s.triggers.map((x) => ({
        text: x.text,
        start: x.start,
        end: x.end,
        role: x.role,
      })),
      // Why each trigger counts, in the assistant's words (a suggestion keeps fields it has).
      why: s.triggers.map((x) => x.why),
      ...(s.plover ? { plover: s.plover } : {}),
    },
  };
}

/** Runs the assistant over one source and adds what it proposes (one undo step). */
export function draftSource(
  doc: EditorDocument,
  sourceId: string,
  analysed: Draft,
): { doc: EditorDocument; result: { added: number } } {
  let graph = doc.graph;
  const have = new Set(graph.actors.map((a) => a.id));
  const needed = new Set(
    analysed.suggestions.flatMap((s) => [s.source, s.target, s.speaker ?? '']),
  );
  for (const actor of analysed.actors) {
    if (actor.existing || have.has(actor.id) || !needed.has(actor.id)) continue;
    graph = addActor(graph, {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      ...(actor.aliases ? { aliases: actor.aliases } : {}),
      ...(actor.wikidata ? { wikidata: actor.wikidata } : {}),
    }).graph;
    have.add(actor.id);
  }
  const added = addSuggestions(
    graph,
    analysed.suggestions.map((s) => proposal(s, sourceId)),
    doc.rejected,
  );
  if (added.added.length === 0) return { doc, result: { added: 0 } };
  // Only the actors the added suggestions name come in (the rest were rejected or there already).
  const named = new Set(
    added.graph.relations.flatMap((r) => [
      r.source,
      r.target,
      ...r.evidence.map((e) => e.speaker ?? ''),
    ]),
  );
  const brought = new Set(
    graph.actors.map((a) => a.id).filter((id) => !doc.graph.actors.some((a) => a.id === id)),
  );
  const actors = added.graph.actors.filter((a) => !brought.has(a.id) || named.has(a.id));
  // Each proposal says which actors it brought, so rejecting it can take back those only it needed.
  const fresh = new Set(added.added);
  const relations = added.graph.relations.map((r) => {
    if (!fresh.has(r.id) || !r.suggestion) return r;
    const ids = [r.source, r.target, ...r.evidence.map((e) => e.speaker ?? '')];
    const own = [...new Set(ids.filter((id) => brought.has(id)))];
    return own.length > 0 ? { ...r, suggestion: { ...r.suggestion, brought: own } } : r;
  });
  return {
    doc: { ...doc, graph: { ...added.graph, actors, relations } },
    result: { added: added.added.length },
  };
}
