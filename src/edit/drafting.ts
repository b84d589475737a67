/**
 * The drafting assistant's proposals brought into the document for review: each suggestion
 * becomes a relation marked `suggestion` (not a relation until a person accepts it), quoting its
 * sentence by offsets; the actors it names that the draft lacks come with it, in the same step.
 */
import { draft, type Draft, type Suggestion } from '../draft/index.ts';
import { addActor, addSuggestions, type NewSuggestion } from './doc/ops.ts';
import type { DraftGraph, EditorDocument } from './doc/types.ts';

export const DRAFTED_BY = 'faultlines-draft';

export function analyse(graph: DraftGraph, sourceId: string): Draft | null {
  const source = graph.sources.find((s) => s.id === sourceId);
  if (!source?.text) return null;
  const lang = source.language === 'en' ? 'en' : 'ar';
  return draft(source.text, {
    lang,
    graph,
    ...(source.published ? { published: source.published } : {}),
  });
}

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
      triggers: s.triggers.map((x) => ({ text: x.text, start: x.start, end: x.end, role: x.role, why: x.why })),
      ...(s.plover ? { plover: s.plover } : {}),
    },
  };
}

/** Runs the assistant over one source and adds what it proposes (one undo step). */
export function draftSource(
  doc: EditorDocument,
  sourceId: string,
  analysed = analyse(doc.graph, sourceId),
): { doc: EditorDocument; result: { added: number } } {
  if (!analysed) return { doc, result: { added: 0 } };
  let graph = doc.graph;
  const have = new Set(graph.actors.map((a) => a.id));
  const needed = new Set(analysed.suggestions.flatMap((s) => [s.source, s.target, s.speaker ?? '']));
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
  if (added.added.length === 0 && graph === doc.graph) return { doc, result: { added: 0 } };
  return { doc: { ...doc, graph: added.graph }, result: { added: added.added.length } };
}
